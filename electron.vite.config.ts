import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// `npm start` = electron-vite build && electron . — the output is what package.json "main" names.
//   out/main/index.js      main process (ESM); dependencies such as better-sqlite3 stay external
//   out/main/index-thread.js  the search index's writer thread during large imports
//   out/main/import-thread.js the thread that reads a roster file for the API (preview, commit)
//   out/preload/preload.cjs  sandboxed preloads cannot be ESM nor require packages: one CJS bundle
//   out/renderer/          the React UI, loaded from app://foyer/
const path = (p: string): string => fileURLToPath(new URL(p, import.meta.url));
// A test builds into a folder of its own (FOYER_BUILD_OUT), leaving out/ to the app and the e2e tests.
const out = (part: string): string => (process.env.FOYER_BUILD_OUT ? `${process.env.FOYER_BUILD_OUT}/${part}` : path(`./out/${part}`));

export default defineConfig({
  main: {
    build: {
      outDir: out('main'),
      externalizeDeps: true,
      rolldownOptions: {
        // The search index's writer thread is its own entry, found beside index.js at run time
        // (main/search/index-thread-client.ts); chunks they share stay in the same folder.
        input: { index: path('./main/app/main.ts'), 'index-thread': path('./main/search/index-thread.ts'),
          'import-thread': path('./main/roster/import-thread.ts') },
        external: ['better-sqlite3', 'better-sqlite3-multiple-ciphers', 'electron'],
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: out('preload'),
      // zod and the contract are bundled in: a sandboxed preload may only require 'electron'.
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: path('./main/app/preload.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: path('./renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: out('renderer'),
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: { input: { index: path('./renderer/index.html') } },
    },
  },
});
