import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foyerCli, stopServer } from './server.ts';

const FOYER = fileURLToPath(new URL('../../../bin/foyer.js', import.meta.url));

export interface DoorServer {
  /** http://127.0.0.1:PORT/ of a `foyer serve --host 0.0.0.0`: every call needs a pairing token. */
  readonly base: string;
  readonly doorToken: string;
  readonly deskToken: string;
  readonly db: string;
  readonly dir: string;
  /** Runs a `foyer` command against the same database (`--json` output parsed). */
  cli(args: readonly string[]): unknown;
  stop(): Promise<void>;
}

/**
 * A temporary database seeded by `seed` (CLI commands, files in `dir`), served beyond loopback so
 * that pairing is required, as for tablets at room doors; the door and desk tokens read from the
 * pairing links `foyer serve` prints.
 */
export async function startDoorServer(seed: (cli: DoorServer['cli'], dir: string) => void, desk = 'Door 1'): Promise<DoorServer> {
  const dir = mkdtempSync(join(tmpdir(), 'foyer-door-'));
  const db = join(dir, 'foyer.sqlite');
  const cli = foyerCli(db, desk);
  seed(cli, dir);
  const server: ChildProcess = spawn(process.execPath, [FOYER, '--db', db, '--desk', desk, 'serve', '--host', '0.0.0.0', '--port', '0', '--no-demo'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const links = await new Promise<{ door: URL; desk: URL }>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`foyer serve did not print a room door link:\n${out}`)), 20_000);
    server.stderr?.on('data', (chunk: Buffer) => { out += chunk.toString(); });
    server.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const door = /Room door pairing link: (\S+)/.exec(out);
      const deskLink = /Desk pairing link: +(\S+)/.exec(out);
      if (door?.[1] && deskLink?.[1]) {
        clearTimeout(timer);
        resolve({ door: new URL(door[1]), desk: new URL(deskLink[1]) });
      }
    });
    server.once('exit', (code) => reject(new Error(`foyer serve exited ${code}:\n${out}`)));
  });
  return {
    base: `http://127.0.0.1:${links.door.port}/`,
    doorToken: links.door.searchParams.get('token') ?? '',
    deskToken: links.desk.searchParams.get('token') ?? '',
    db, dir, cli, stop: () => stopServer(server, dir),
  };
}
