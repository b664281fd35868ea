import { type JetStreamManager, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { ADMIN_USER, adminPassword } from './hub-config.ts';
import type { HubCertificate } from './hub-cert.ts';
import { type PurgeWatcher, watchPurges } from './hub-purge.ts';
import { ensureStream } from './stream.ts';
import { pinnedTls } from './tls-pin.ts';

// The hub's own admin identity: the only one nats-server lets create, purge or delete a stream.
// The hub process uses it to create the venue's stream at start (with the cluster's replicas) and
// to put it back if it disappears, and to purge it after a GDPR purge (hub-purge.ts); desks can
// only read it and add events to it.

/** Connects to a hub as its admin (from the hub's machine: the password is in its store). */
export async function connectHubAdmin(url: string, storeDir: string, cert: HubCertificate): Promise<{ nc: NatsConnection; jsm: JetStreamManager }> {
  const nc = await connect({
    servers: url, name: 'foyer hub admin', user: ADMIN_USER, pass: adminPassword(storeDir), tls: pinnedTls(cert.pem, cert.fingerprint),
    timeout: 2_000, reconnect: true, maxReconnectAttempts: -1, reconnectTimeWait: 500,
  });
  return { nc, jsm: await jetstreamManager(nc, { checkAPI: false }) };
}

export interface StreamKeeper {
  /** Resolves once every stream exists (it may wait for the other hubs of a cluster). */
  readonly ready: Promise<void>;
  readonly stop: () => Promise<void>;
}

const RETRY_MS = 1_000;
const CHECK_MS = 5_000;

/**
 * Creates the streams and re-creates any that goes missing, and watches each for purge events,
 * for as long as the hub runs.
 */
export function keepStreams(
  url: string, storeDir: string, cert: HubCertificate, streams: readonly string[], replicas: number, log: (line: string) => void,
): StreamKeeper {
  let stopped = false;
  let nc: NatsConnection | undefined;
  let wake: () => void = () => undefined;
  const sleep = (ms: number): Promise<void> => new Promise((r) => {
    const t = setTimeout(r, ms);
    wake = () => {
      clearTimeout(t);
      r();
    };
  });
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((r) => (markReady = r));
  let lastProblem = '';
  const watchers = new Map<string, PurgeWatcher>();
  const loop = (async () => {
    while (!stopped) {
      try {
        if (!nc || nc.isClosed()) nc = (await connectHubAdmin(url, storeDir, cert)).nc;
        const jsm = await jetstreamManager(nc, { checkAPI: false });
        for (const s of streams) {
          const created = await ensureStream(jsm, s, replicas);
          const watcher = watchers.get(s);
          if (watcher?.running() && watcher.created === created) continue;
          await watcher?.stop();
          watchers.set(s, await watchPurges(nc, jsm, s, log));
        }
        markReady();
        lastProblem = '';
        await sleep(CHECK_MS);
      } catch (err) {
        // A cluster stream waits for enough hubs; say so once, not every second.
        const problem = err instanceof Error ? err.message : String(err);
        if (problem !== lastProblem && !stopped) log(`foyer hub: the event log is not ready yet (${problem}); trying again`);
        lastProblem = problem;
        await sleep(RETRY_MS);
      }
    }
  })();
  return {
    ready,
    stop: async () => {
      stopped = true;
      wake();
      for (const w of watchers.values()) await w.stop();
      await nc?.close().catch(() => undefined);
      await loop;
    },
  };
}
