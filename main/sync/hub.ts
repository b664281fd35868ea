import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { DEFAULT_STREAM } from './config.ts';
import { connectHubAdmin, keepStreams } from './hub-admin.ts';
import type { HubCertificate } from './hub-cert.ts';
import { writeHubConfig } from './hub-config.ts';
import { purgeStreamBefore } from './hub-purge.ts';
import { formatPairing } from './pairing.ts';

export class HubNotInstalledError extends Error {
  constructor() {
    super(
      'nats-server is not installed (or not on PATH). Install it (Debian/Ubuntu: `sudo apt-get install nats-server`; ' +
        'macOS: `brew install nats-server`; Windows: the release zip from https://github.com/nats-io/nats-server/releases) ' +
        'and run `foyer hub` again.',
    );
    this.name = 'HubNotInstalledError';
  }
}

/** The nats-server binary on PATH (Debian installs it in /usr/sbin, which a user's PATH may lack). */
const USUAL_DIRS = ['/usr/sbin', '/usr/local/sbin', '/usr/local/bin', '/opt/homebrew/bin'];

export function findNatsServer(env: NodeJS.ProcessEnv = process.env, usualDirs: readonly string[] = USUAL_DIRS): string | null {
  const names = process.platform === 'win32' ? ['nats-server.exe'] : ['nats-server'];
  const dirs = [...(env.PATH ?? '').split(delimiter), ...usualDirs];
  for (const dir of dirs.filter(Boolean)) {
    for (const name of names) {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return join(dir, name);
      } catch {
        // not here
      }
    }
  }
  return null;
}

export interface HubOptions {
  readonly port: number;
  /** JetStream storage folder: keep it to keep the venue's event log across restarts. */
  readonly storeDir: string;
  readonly host?: string;
  /** For a cluster: this node's name, the route port and the routes to the other nodes. */
  readonly name?: string;
  readonly clusterPort?: number;
  readonly routes?: readonly string[];
  readonly clusterName?: string;
  /**
   * The venue token (shared secret). With it the hub is a venue hub: TLS with the certificate kept
   * in its store, desks and routes authenticated with passwords derived from the token, and the
   * stream created by the hub itself (hub-config.ts). Without it, an open server for tests.
   */
  readonly token?: string;
  /** Streams the hub creates and desks may use (default: the venue's). */
  readonly streams?: readonly string[];
  /** Copies of each stream in a cluster (default: 1, or 3 with routes to two other hubs). */
  readonly replicas?: number;
}

/** An open server (no token): everything on the command line, nothing secret in it. */
export function openHubArgs(o: HubOptions): string[] {
  const args = ['-js', '-sd', o.storeDir, '-a', o.host ?? '0.0.0.0', '-p', String(o.port)];
  if (o.name) args.push('-n', o.name);
  if (o.clusterPort !== undefined) {
    args.push('--cluster_name', o.clusterName ?? 'foyer', '--cluster', `nats://0.0.0.0:${o.clusterPort}`);
    if (o.routes?.length) args.push('--routes', o.routes.join(','));
  }
  return args;
}

export interface Hub {
  readonly url: string;
  readonly process: ChildProcess;
  /** Resolves with the exit code when the server ends. */
  readonly exited: Promise<number | null>;
  readonly stop: (signal?: NodeJS.Signals) => Promise<number | null>;
  /** A venue hub's certificate (null for an open server). */
  readonly certificate: HubCertificate | null;
  /** What desks are given: TOKEN#FINGERPRINT (null for an open server). */
  readonly pairing: string | null;
  /** Resolves once the hub has created its streams (at once for an open server). */
  readonly streamsReady: Promise<void>;
}

/** Warnings nats-server gives about choices made on purpose, and what they mean here. */
const NOTES: readonly [RegExp, string][] = [
  [/DO NOT USE IN PRODUCTION/, 'foyer hub: routes use TLS with the venue certificate pinned (hubs are reached by address, so its name is not checked)'],
  [/Plaintext passwords detected/, 'foyer hub: the passwords are in nats.conf in the store, readable by its owner only'],
];

/** The certificate library is loaded only by the hub: every other `foyer` command starts faster without it. */
const certificateOf = async (storeDir: string): Promise<HubCertificate> => (await import('./hub-cert.ts')).hubCertificate(storeDir);

/** Starts nats-server with JetStream and resolves once it accepts clients. */
export async function startHub(o: HubOptions, options: { binary?: string; log?: (line: string) => void } = {}): Promise<Hub> {
  const binary = options.binary ?? findNatsServer();
  if (!binary) throw new HubNotInstalledError();
  mkdirSync(o.storeDir, { recursive: true });
  const streams = o.streams ?? [DEFAULT_STREAM];
  const cert = o.token ? await certificateOf(o.storeDir) : null;
  const args = o.token && cert
    ? ['-c', writeHubConfig({
      port: o.port, host: o.host ?? '0.0.0.0', storeDir: o.storeDir, token: o.token, streams,
      ...(o.name ? { name: o.name } : {}),
      ...(o.clusterPort !== undefined ? { cluster: { port: o.clusterPort, routes: o.routes ?? [], name: o.clusterName ?? 'foyer' } } : {}),
    }, cert)]
    : openHubArgs(o);
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const log = (line: string): void => options.log?.(NOTES.find(([warning]) => warning.test(line))?.[1] ?? line);
  await new Promise<void>((resolve, reject) => {
    let output = '';
    let ready = false;
    const onData = (chunk: Buffer): void => {
      const text = chunk.toString();
      output = (output + text).slice(-8_000);
      for (const line of text.split('\n')) if (line.trim()) log(line);
      if (!ready && /Server is ready/.test(output)) {
        ready = true;
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', reject);
    void exited.then((code) => {
      if (!ready) reject(new Error(`nats-server exited (${code}) before it was ready:\n${output.trim()}`));
    });
  });
  const url = `nats://${!o.host || o.host === '0.0.0.0' ? '127.0.0.1' : o.host}:${o.port}`;
  const replicas = o.replicas ?? ((o.routes?.length ?? 0) >= 2 ? 3 : 1);
  const keeper = o.token && cert ? keepStreams(url, o.storeDir, cert, streams, replicas, log) : null;
  const stop = async (signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> => {
    await keeper?.stop();
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  void exited.then(() => keeper?.stop());
  return {
    url, process: child, exited, stop, certificate: cert,
    pairing: o.token && cert ? formatPairing({ secret: o.token, fingerprint: cert.fingerprint }) : null,
    streamsReady: keeper?.ready ?? Promise.resolve(),
  };
}

/**
 * The hub's token, kept beside its store so that a restarted hub accepts the desks it had:
 * generated on first use, readable only by its owner.
 */
export function hubToken(storeDir: string): string {
  const file = join(storeDir, 'hub-token');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(storeDir, { recursive: true });
  const token = randomBytes(16).toString('hex');
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  return token;
}

/**
 * For the hub's machine (e.g. after a GDPR purge): removes the venue stream's events before
 * `keepFromSeq` with the hub's admin identity, read from its store, and marks the purge as
 * intentional so that desks do not restore those events. Returns how many messages were removed.
 */
export async function purgeHubStream(
  o: { readonly storeDir: string; readonly port: number; readonly stream?: string }, keepFromSeq: number,
): Promise<number> {
  const { nc, jsm } = await connectHubAdmin(`nats://127.0.0.1:${o.port}`, o.storeDir, await certificateOf(o.storeDir));
  try {
    return await purgeStreamBefore(jsm, o.stream ?? DEFAULT_STREAM, keepFromSeq);
  } finally {
    await nc.close();
  }
}
