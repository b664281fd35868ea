import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const OUT = join(ROOT, 'out/renderer/index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the renderer into out/renderer when it is missing or older than its sources. */
export function ensureRendererBuilt(): void {
  const sources = Math.max(newestMtime(join(ROOT, 'renderer')), statSync(join(ROOT, 'vite.web.config.ts')).mtimeMs);
  if (existsSync(OUT) && statSync(OUT).mtimeMs >= sources) return;
  // Vite keeps a NODE_ENV it finds, and vitest sets it to "test": the build was then React's
  // development one (a quarter larger, and on the UI bench 10-15 ms slower per keystroke at p95).
  const env = { ...process.env, NODE_ENV: 'production' };
  const r = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`renderer build failed:\n${r.stdout}\n${r.stderr}`);
}
