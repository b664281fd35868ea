import { join } from 'node:path';
import type { Command } from 'commander';
import type { Db } from '../../db/open.ts';
import { readSyncConfig } from '../../db/queries/sync.ts';
import { InputError } from '../errors.ts';
import { appDataDir } from '../paths.ts';
import { parseServers } from '../sync/config.ts';
import { HubNotInstalledError, hubToken, startHub } from '../sync/hub.ts';
import { CERT_FILE, KEY_FILE } from '../sync/hub-cert.ts';
import { formatPairing, parsePairing } from '../sync/pairing.ts';
import { type SyncStatus, syncStatus } from '../sync/status.ts';
import { startSync } from '../sync/sync-service.ts';
import { EXIT, type GlobalOptions, run } from './runner.ts';

/** What the hub holds, as a desk sees it: "connected" alone would hide an empty hub. */
export function hubText(s: SyncStatus): string | null {
  switch (s.hub) {
    case 'empty': return 'hub has no events: waiting for a desk to restore it';
    case 'no-stream': return 'hub has not created the event log yet';
    case 'restoring': return `restoring the hub from this desk (${s.restoring} event(s) left)`;
    default: return null;
  }
}

function describe(s: SyncStatus): string {
  const hub = hubText(s);
  const lines = [
    `Desk:            ${s.desk ?? '(not set up: run `foyer sync --server nats://HOST:4222 --desk "Desk 2"`)'}`,
    `Server:          ${s.servers.join(', ') || '—'}`,
    `Sync service:    ${s.running ? 'running' : 'not running'}`,
    `Connection:      ${s.connected ? `connected to ${s.server ?? '?'}` : `offline${s.offlineSince ? ` since ${s.offlineSince}` : ''}`}`,
    ...(hub ? [`Hub:             ${hub}`] : []),
    `Waiting to send: ${s.waitingToSend} event(s)`,
  ];
  if (s.failedEvents > 0) lines.push(`Not applied:     ${s.failedEvents} event(s) from other desks (e.g. ${s.failures[0]?.error ?? ''})`);
  if (s.lastError) lines.push(`Last error:      ${s.lastError} (${s.lastErrorAt})`);
  return lines.join('\n');
}

const statusLine = (s: SyncStatus): string =>
  `${new Date().toISOString()}  ${s.connected ? (hubText(s) ?? 'connected') : 'offline'}  waiting to send: ${s.waitingToSend}` +
  (s.failedEvents ? `  not applied: ${s.failedEvents}` : '') +
  (!s.connected && s.lastError ? `  (${s.lastError})` : '');

/** Server, desk name and hub token: the flags, else what is stored from the last run. */
function target(
  db: Db,
  program: Command,
  server: string | undefined,
  token: string | undefined,
  fingerprint: string | undefined,
): { servers: string[]; desk: string; token: string | null } {
  const stored = readSyncConfig(db);
  const servers = server ? parseServers(server) : [...(stored?.servers ?? [])];
  if (servers.length === 0) throw new InputError('No server: pass --server nats://HOST:4222 (it is remembered for the next time).');
  const desk = program.opts<GlobalOptions>().desk ?? stored?.desk ?? process.env.FOYER_DESK;
  if (!desk) throw new InputError('No desk name: pass --desk "Desk 2" (it is remembered for the next time).');
  const given = token ?? stored?.token ?? null;
  if (fingerprint && !given) throw new InputError('--fingerprint goes with --token: give both, or the pairing TOKEN#FINGERPRINT `foyer hub` printed.');
  // Checked now, so that a mistyped fingerprint is exit 2 and not a sync service that never connects.
  return { servers, desk, token: given === null ? null : formatPairing(parsePairing(given, fingerprint)) };
}

export function registerSync(program: Command): void {
  const sync = program
    .command('sync')
    .description('sync this desk with the others through a NATS server, in the foreground until Ctrl+C')
    .option('--server <urls>', 'NATS server URL(s), comma-separated (remembered)')
    .option('--token <pairing>', 'what `foyer hub` printed: TOKEN#FINGERPRINT (remembered)')
    .option('--fingerprint <sha256>', "the hub certificate's SHA-256 fingerprint, if --token has none")
    .action(
      run(program, async (ctx, o: { server?: string; token?: string; fingerprint?: string }) => {
        const { servers, desk, token } = target(ctx.db, program, o.server, o.token, o.fingerprint);
        const handle = startSync(ctx.db, { servers, desk, token });
        ctx.progress(`Syncing ${ctx.dbPath} as "${desk}" with ${servers.join(', ')}. Press Ctrl+C to stop.`);
        let last = '';
        const report = setInterval(() => {
          const line = statusLine(handle.status());
          if (line.slice(26) !== last) ctx.progress(line);
          last = line.slice(26);
        }, 1_000);
        await new Promise<void>((stop) => {
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        clearInterval(report);
        await handle.stop();
        const s = syncStatus(ctx.db);
        return { json: s, text: `Stopped.\n${describe(s)}` };
      }),
    );
  sync
    .command('status')
    .description('connection, events waiting to send and the last error, as the running sync service reports them')
    .action(
      run(program, (ctx) => {
        const s = syncStatus(ctx.db);
        return { json: s, text: describe(s), exitCode: s.failedEvents > 0 ? EXIT.failure : EXIT.ok };
      }),
    );

  program
    .command('hub')
    .description('run a NATS server with JetStream on this machine for the desks to sync through (until Ctrl+C)')
    .option('--port <port>', 'client port', '4222')
    .option('--store <dir>', 'where the event log is kept (default: the app data folder)')
    .option('--name <name>', 'server name (for a cluster: unique per node)')
    .option('--cluster-port <port>', 'route port for a 3-node cluster, e.g. 6222')
    .option('--routes <urls>', 'the other nodes, e.g. nats://10.0.0.2:6222,nats://10.0.0.3:6222')
    .option('--token <token>', 'the venue token desks must present (default: one generated and kept with the store)')
    .option('--replicas <n>', 'copies of the event log in a cluster (default: 3 with two routes, else 1)')
    .action(async (o: { port: string; store?: string; name?: string; clusterPort?: string; routes?: string; token?: string; replicas?: string }) => {
      const port = Number(o.port);
      try {
        if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new InputError('--port must be 1 to 65535');
        const replicas = o.replicas === undefined ? undefined : Number(o.replicas);
        if (replicas !== undefined && (!Number.isInteger(replicas) || replicas < 1 || replicas > 5)) throw new InputError('--replicas must be 1 to 5');
        const storeDir = o.store ?? join(appDataDir(), 'nats');
        const clusterPort = o.clusterPort === undefined ? undefined : Number(o.clusterPort);
        const token = o.token ? parsePairing(o.token).secret : hubToken(storeDir);
        const hub = await startHub(
          {
            port, storeDir, token,
            ...(replicas !== undefined ? { replicas } : {}),
            ...(o.name ? { name: o.name } : {}),
            ...(clusterPort !== undefined ? { clusterPort, routes: o.routes ? o.routes.split(',').map((r) => r.trim()) : [] } : {}),
          },
          { log: (line) => process.stderr.write(`${line}\n`) },
        );
        process.stdout.write(
          `Hub running (TLS). Desks connect with \`foyer sync --server nats://THIS-LAPTOP:${port} --token ${hub.pairing ?? token} --desk "Desk N"\` ` +
            '(or paste that token in Setup → Desks on the network). After # is the fingerprint of this hub\'s certificate: ' +
            'a desk refuses a hub that does not show it. The token also encrypts what desks exchange: give it only to staff. ' +
            `Store: ${storeDir}. Press Ctrl+C to stop.\n`,
        );
        if (clusterPort !== undefined) {
          process.stdout.write(
            `Cluster: every hub must hold the same certificate. Copy ${CERT_FILE} and ${KEY_FILE} from this store to the ` +
              'store of each other hub before its first start.\n',
          );
        }
        let stopping = false;
        const stop = (): void => {
          stopping = true;
          void hub.stop();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        const code = await hub.exited;
        // nats-server exits with 1 even when asked to stop; only an unexpected exit is a failure.
        process.exitCode = stopping || code === 0 ? EXIT.ok : EXIT.failure;
      } catch (err) {
        process.stderr.write(`foyer: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exitCode = err instanceof InputError || err instanceof HubNotInstalledError ? EXIT.badInput : EXIT.failure;
      }
    });
}
