import type { Db } from '../../db/open.ts';
import { readSetting, writeSetting } from '../../db/queries/app-settings.ts';
import { readSyncConfig, type SyncConfig } from '../../db/queries/sync.ts';
import { HEARTBEAT_MS, syncStatus } from '../sync/status.ts';
import { type SyncHandle, startSync } from '../sync/sync-service.ts';
import { ApiFailure } from './failure.ts';
import type { UpdateBus } from './updates.ts';

// The one sync service of the process that serves the API (`foyer serve` or the Electron app):
// started from the Setup screen or, on launch, from the config stored in SQLite.

/** Whether this desk should sync on launch; off after a Disconnect, on after a Connect. */
const AUTO_START_KEY = 'sync.autoStart';
/** Remote batches arrive in bursts while catching up: one live update per this many ms at most. */
const COALESCE_MS = 200;

export interface SyncRunner {
  /** Starts sync with this config (restarting a running one); stores it and starts on launch from now on. */
  configure(config: SyncConfig): Promise<void>;
  /** Stops sync and does not start it on the next launch until configured again. */
  disconnect(): Promise<void>;
  /** On launch: starts with the stored config, unless the desk was disconnected; says what it did. */
  resume(): 'started' | 'waiting' | 'off';
  /** On shutdown: stops, keeping the config and the auto-start choice as they are. */
  close(): Promise<void>;
}

export interface SyncRunnerOptions {
  /** Tests use their own stream name. */
  readonly stream?: string;
  /** Where a note for the operator goes (stderr by default). */
  readonly log?: (message: string) => void;
}

export function createSyncRunner(db: Db, bus: UpdateBus, options: SyncRunnerOptions = {}): SyncRunner {
  let handle: SyncHandle | null = null;
  let retry: ReturnType<typeof setInterval> | null = null;
  let flushTimer: ReturnType<typeof setTimeout> | null = null;
  let pendingRemote = 0;
  // configure/disconnect/close run one after the other, never interleaved.
  let queue: Promise<void> = Promise.resolve();
  const serial = (step: () => Promise<void>): Promise<void> => {
    const next = queue.then(step);
    queue = next.catch(() => undefined);
    return next;
  };

  /** Remote events change what every screen shows: tell them, once per burst. */
  const flushRemote = (): void => {
    flushTimer = null;
    if (pendingRemote === 0) return;
    bus.publish({ type: 'remote-events', count: pendingRemote });
    pendingRemote = 0;
  };

  const begin = (config: SyncConfig): void => {
    handle = startSync(db, { ...config, ...(options.stream ? { stream: options.stream } : {}) });
    handle.onBatch = (r) => {
      if (r.applied === 0) return;
      pendingRemote += r.applied;
      flushTimer ??= setTimeout(flushRemote, COALESCE_MS);
    };
  };

  const halt = async (): Promise<void> => {
    if (retry) clearInterval(retry);
    retry = null;
    const h = handle;
    handle = null;
    await h?.stop();
    if (flushTimer) clearTimeout(flushTimer);
    flushRemote();
  };

  /** A fresh heartbeat without a handle here: `foyer sync` (or a crashed app) holds this database. */
  const syncedElsewhere = (): boolean => handle === null && syncStatus(db).running;

  return {
    configure: (config) =>
      serial(async () => {
        if (syncedElsewhere()) {
          throw new ApiFailure('unavailable', 'Another Foyer process is syncing this database (`foyer sync`): stop it first.');
        }
        await halt();
        writeSetting(db, AUTO_START_KEY, true);
        begin(config);
      }),
    disconnect: () =>
      serial(async () => {
        writeSetting(db, AUTO_START_KEY, false);
        await halt();
      }),
    resume: () => {
      const config = readSyncConfig(db);
      if (!config || readSetting<boolean>(db, AUTO_START_KEY) === false) return 'off';
      if (handle) return 'started';
      if (retry) return 'waiting';
      if (!syncedElsewhere()) {
        begin(config);
        return 'started';
      }
      // Wait for the other holder's heartbeat to go stale (a crashed app), then take over.
      (options.log ?? ((m: string) => console.error(`foyer: ${m}`)))('Another process is syncing this database; this one will start syncing when it stops.');
      retry = setInterval(() => {
        if (syncedElsewhere()) return;
        if (retry) clearInterval(retry);
        retry = null;
        const latest = readSyncConfig(db);
        if (latest && readSetting<boolean>(db, AUTO_START_KEY) !== false) begin(latest);
      }, HEARTBEAT_MS);
      retry.unref();
      return 'waiting';
    },
    close: () => serial(halt),
  };
}
