import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Hub, startHub } from '../../../main/sync/hub.ts';

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** A real nats-server with JetStream on a free port and a temporary store, for one test file. */
export interface TestNats {
  readonly url: string;
  readonly port: number;
  readonly storeDir: string;
  /** A venue hub's pairing (TOKEN#FINGERPRINT) for desks; null for an open server. */
  readonly pairing: string | null;
  /** The running nats-server (undefined while killed). */
  readonly hub: () => Hub | undefined;
  /** Kills the server (SIGKILL: no goodbye to clients, like a pulled plug). */
  readonly kill: () => Promise<void>;
  /** Starts it again on the same port with the same store. */
  readonly start: () => Promise<void>;
  /** Stops it and removes the store. */
  readonly dispose: () => Promise<void>;
}

/**
 * With `token`, a venue hub as `foyer hub` runs it: TLS, desks authenticated and limited, and the
 * given streams created by the hub (resolves once they exist).
 */
export async function startNats(options: { token?: string; streams?: readonly string[] } = {}): Promise<TestNats> {
  const port = await freePort();
  const storeDir = mkdtempSync(join(tmpdir(), 'foyer-nats-'));
  let hub: Hub | undefined;
  const start = async (): Promise<void> => {
    hub = await startHub({
      port, storeDir, host: '127.0.0.1', ...(options.token ? { token: options.token } : {}), ...(options.streams ? { streams: options.streams } : {}),
    });
    await hub.streamsReady;
  };
  await start();
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    storeDir,
    pairing: hub?.pairing ?? null,
    hub: () => hub,
    kill: async () => {
      await hub?.stop('SIGKILL');
      hub = undefined;
    },
    start,
    dispose: async () => {
      await hub?.stop();
      rmSync(storeDir, { recursive: true, force: true });
    },
  };
}
