import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FOYER = join(ROOT, 'bin/foyer.js');

export interface RunningFoyer {
  readonly url: string;
  readonly db: string;
  /** Runs a `foyer` command against the same database (`--json` output parsed). */
  cli(args: readonly string[]): unknown;
  /** Calls one API method over HTTP, as the browser does. */
  api<T = unknown>(method: string, input?: unknown): Promise<T>;
  stop(): Promise<void>;
}

/** `foyer --json …` against one database, as one desk; its output parsed. */
export function foyerCli(db: string, desk: string): RunningFoyer['cli'] {
  return (args) => {
    const r = spawnSync(process.execPath, [FOYER, '--db', db, '--desk', desk, '--json', ...args], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`foyer ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    return r.stdout.trim() ? JSON.parse(r.stdout) : null;
  };
}

/** Stops a `foyer serve` and removes its temporary folder. */
export async function stopServer(child: ChildProcess, dir: string): Promise<void> {
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
}

/** A temporary database seeded by `seed` (CLI commands), served by a real `foyer serve`. */
export async function startFoyer(seed: (cli: RunningFoyer['cli']) => void, desk = 'Desk 1'): Promise<RunningFoyer> {
  const dir = mkdtempSync(join(tmpdir(), 'foyer-e2e-'));
  const db = join(dir, 'foyer.sqlite');
  const cli = foyerCli(db, desk);
  seed(cli);
  const child: ChildProcess = spawn(process.execPath, [FOYER, '--db', db, '--desk', desk, 'serve', '--port', '0', '--no-demo'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`foyer serve did not start:\n${out}`)), 20_000);
    const read = (chunk: Buffer): void => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`foyer serve exited ${code}:\n${out}`)));
  });
  const api = async <T,>(method: string, input: unknown = {}): Promise<T> => {
    const res = await fetch(`${url}api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });
    const body = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
    if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
    return body.value as T;
  };
  return { url, db, cli, api, stop: () => stopServer(child, dir) };
}
