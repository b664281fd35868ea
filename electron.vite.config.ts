import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// `npm start` = electron-vite build && electron . — the output is what package.json "main" names.
//   out/main/index.js      main process (ESM); dependencies such as better-sqlite3 stay external
//   out/preload/preload.cjs  sandboxed preloads cannot be ESM nor require packages: one CJS bundle
//   out/renderer/          the React UI, loaded from app://foyer/
const path = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: path('./out/main'),
      externalizeDeps: true,
      rolldownOptions: { input: { index: path('./main/app/main.ts') }, external: ['better-sqlite3', 'electron'] },
    },
  },
  preload: {
    build: {
      outDir: path('./out/preload'),
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
      outDir: path('./out/renderer'),
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: { input: { index: path('./renderer/index.html') } },
    },
  },
});
