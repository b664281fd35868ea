import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** `foyer serve` on a free loopback port for a bench database; resolves with its URL once it listens. */
export async function serve(dbPath: string): Promise<{ url: string; child: ChildProcess }> {
  const foyer = fileURLToPath(new URL('../../bin/foyer.js', import.meta.url));
  const child = spawn(process.execPath, [foyer, '--db', dbPath, 'serve', '--port', '0', '--no-demo'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`foyer serve exited ${code}`)));
  });
  return { url, child };
}
