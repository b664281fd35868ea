import { startIdleCheckpoints } from '../../db/idle-checkpoints.ts';
import type { Db } from '../../db/open.ts';
import { recentJobs } from '../../db/queries/print-jobs.ts';
import type { Actor } from '../events/envelope.ts';
import { documentRenderers } from '../print/renderers.ts';
import { startWorker } from '../print/worker.ts';
import { finishPendingPurge } from '../privacy/cleanup.ts';
import { syncStatus } from '../sync/status.ts';
import type { UpdateBus } from './updates.ts';

// What runs beside the API while a desk is open (Electron or `foyer serve`): the print worker,
// WAL checkpoints when the desk is idle (db/idle-checkpoints.ts), and watchers that turn changes
// made elsewhere (the worker, the sync service, another process on the same database) into live
// updates.

const WATCH_MS = 1_000;

export interface Background {
  /** Starts the print worker's next pass now (give it to createApi as `printQueued`). */
  kick(): void;
  stop(): Promise<void>;
}

export interface BackgroundOptions {
  /** false: no print worker (another process prints). */
  readonly print?: boolean;
  /** How often the worker looks at the queue unkicked (1 s). */
  readonly printPollMs?: number;
}

export function startBackground(db: Db, actor: Actor, bus: UpdateBus, options: BackgroundOptions = {}): Background {
  const worker = options.print === false
    ? null
    : startWorker(db, actor, {
      renderers: documentRenderers, onError: (err) => console.error('foyer: print worker:', err),
      ...(options.printPollMs !== undefined ? { pollMs: options.printPollMs } : {}),
    });
  const seenJobs = new Map<string, string>();
  let lastSync = '';
  let primed = false;
  const watch = (): void => {
    try {
      for (const job of recentJobs(db, 100)) {
        const stamp = `${job.state}|${job.updatedAt}|${job.detail}`;
        if (seenJobs.get(job.id) !== stamp) {
          seenJobs.set(job.id, stamp);
          if (primed) bus.publish({ type: 'print.job', job });
        }
      }
      const status = syncStatus(db);
      const { lastErrorAt: _t, ...stable } = status;
      const key = JSON.stringify(stable);
      if (key !== lastSync) {
        lastSync = key;
        if (primed) bus.publish({ type: 'sync', status: { ...status, servers: [...status.servers] } });
      }
      primed = true;
      // A purge applied but not finished here (files, VACUUM): after a crash, or arrived by sync.
      if (finishPendingPurge(db)) bus.publish({ type: 'event.changed' });
    } catch (err) {
      console.error('foyer: live update watcher:', err);
    }
  };
  watch();
  const timer = setInterval(watch, WATCH_MS);
  timer.unref();
  const checkpoints = startIdleCheckpoints(db);
  return {
    kick: () => worker?.kick(),
    stop: async () => {
      clearInterval(timer);
      await worker?.stop();
      checkpoints.stop();
    },
  };
}
