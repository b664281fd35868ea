import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { venueKeys } from './venue-secret.ts';

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
   * The venue token (shared secret): nats-server is given only the token derived from it, which
   * desks present; the events themselves are sealed with a key derived from it (venue-secret.ts).
   */
  readonly token?: string;
}

const ROUTE_USER = 'foyer-hub';

/** nats://host:6222 → nats://foyer-hub:TOKEN@host:6222 (a route that already names a user is kept). */
const withRouteAuth = (route: string, auth: string): string =>
  !auth || route.includes('@') ? route : route.replace(/^(nats(?:-route)?:\/\/)?/, (scheme) => `${scheme || 'nats://'}${auth}`);

export function hubArgs(o: HubOptions): string[] {
  const args = ['-js', '-sd', o.storeDir, '-a', o.host ?? '0.0.0.0', '-p', String(o.port)];
  if (o.name) args.push('-n', o.name);
  const auth = o.token ? venueKeys(o.token).authToken : undefined;
  if (auth) args.push('--auth', auth);
  if (o.clusterPort !== undefined) {
    // Hubs authenticate each other with the same token: an open route port would let any machine on
    // the network join the cluster and receive the stream.
    const routeAuth = auth ? `${ROUTE_USER}:${auth}@` : '';
    args.push('--cluster_name', o.clusterName ?? 'foyer', '--cluster', `nats://${routeAuth}0.0.0.0:${o.clusterPort}`);
    if (o.routes?.length) args.push('--routes', o.routes.map((r) => withRouteAuth(r, routeAuth)).join(','));
  }
  return args;
}

export interface Hub {
  readonly url: string;
  readonly process: ChildProcess;
  /** Resolves with the exit code when the server ends. */
  readonly exited: Promise<number | null>;
  readonly stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

/** Starts nats-server with JetStream and resolves once it accepts clients. */
export function startHub(o: HubOptions, options: { binary?: string; log?: (line: string) => void } = {}): Promise<Hub> {
  const binary = options.binary ?? findNatsServer();
  if (!binary) return Promise.reject(new HubNotInstalledError());
  mkdirSync(o.storeDir, { recursive: true });
  const child = spawn(binary, hubArgs(o), { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async (signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  return new Promise<Hub>((resolve, reject) => {
    let output = '';
    let ready = false;
    const onData = (chunk: Buffer): void => {
      const text = chunk.toString();
      output = (output + text).slice(-8_000);
      for (const line of text.split('\n')) if (line.trim()) options.log?.(line);
      if (!ready && /Server is ready/.test(output)) {
        ready = true;
        resolve({ url: `nats://127.0.0.1:${o.port}`, process: child, exited, stop });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', reject);
    void exited.then((code) => {
      if (!ready) reject(new Error(`nats-server exited (${code}) before it was ready:\n${output.trim()}`));
    });
  });
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
