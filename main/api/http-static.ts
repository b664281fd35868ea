import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { RENDERER_CSP } from './csp.ts';

// Serves the built renderer (a Vite build: index.html + hashed assets). Paths are resolved
// inside the root and checked after resolving symlinks, so no request can leave it.

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export const contentTypeOf = (path: string): string => TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';


export type StaticOutcome = 'served' | 'not-found' | 'forbidden';

/** Maps a URL path to a file inside root, or null when it would escape it. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const full = resolve(root, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  return full === root || full.startsWith(root + sep) ? full : null;
}

async function fileInside(root: string, path: string): Promise<string | null> {
  try {
    const real = await realpath(path);
    const realRoot = await realpath(root);
    if (!real.startsWith(realRoot + sep)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

export async function serveStatic(root: string, urlPath: string, res: ServerResponse, headOnly: boolean): Promise<StaticOutcome> {
  const absRoot = resolve(root);
  const target = resolveInside(absRoot, urlPath);
  if (target === null) return 'forbidden';
  let file = await fileInside(absRoot, target === absRoot ? join(absRoot, 'index.html') : target);
  // Client-side routes (no file extension) get the app itself.
  if (!file && extname(target) === '') file = await fileInside(absRoot, join(absRoot, 'index.html'));
  if (!file) return 'not-found';
  const info = await stat(file);
  const isIndex = file.endsWith(`${sep}index.html`);
  res.writeHead(200, {
    'content-type': contentTypeOf(file),
    'content-length': info.size,
    'cache-control': isIndex ? 'no-cache' : 'public, max-age=3600',
    'content-security-policy': RENDERER_CSP,
  });
  if (headOnly) {
    res.end();
    return 'served';
  }
  await new Promise<void>((done, failed) => {
    createReadStream(file).on('error', failed).pipe(res).on('finish', done).on('close', done);
  });
  return 'served';
}
