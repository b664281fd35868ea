import type { Db } from '../../db/open.ts';
import {
  clampStreamCursors, countUnpublished, lastEventSeq, readStreamMemory, readSyncState, resetCursors, setAppliedStreamSeq,
  setStreamCreated, setStreamFirstSeq, startRestore, writeHubState,
} from '../../db/queries/sync.ts';
import type { StreamView } from './stream.ts';

// Every desk is a backup of the hub. The hub can lose events: its stream purged (by someone holding
// its admin password, or a disk restored from an old copy), or deleted and made again empty. A desk
// compares the stream with what it remembers and, when events it knew are gone, publishes its whole
// log again: the stream drops the copies other desks send of the same loss (Nats-Msg-Id, within its
// duplicate window), and every desk's apply ignores an event id it already holds, so a late copy
// is harmless.

/** What the desk last saw of the hub, for `foyer sync status` and the top bar. */
export type HubState =
  /** The stream holds the event, as far as this desk can tell. */
  | 'ok'
  /** The hub has not created the stream yet (only its admin identity may). */
  | 'no-stream'
  /** The hub has no events (or lost them) and this desk has none to give: waiting for a desk to restore it. */
  | 'empty'
  /** This desk is publishing its log again to restore the hub. */
  | 'restoring';

export interface HubCheck {
  readonly state: HubState;
  /** The durable consumer must be made again at SQLite's position (the stream was replaced or went back). */
  readonly reposition: boolean;
  /** A restore was started by this check. */
  readonly restoreStarted: boolean;
}

/**
 * Whether the stream lacks events this desk knew it held (made again, gone back, or missing its
 * start), without changing anything. A cluster can give such an answer for a moment, e.g. from a hub
 * elected leader that is still catching up: the caller looks again before it believes it.
 */
export function hubLooksLossy(db: Db, view: StreamView): boolean {
  const before = readSyncState(db);
  const memory = readStreamMemory(db);
  if (before.streamCreated === null) return false;
  if (before.streamCreated !== view.created) return lastEventSeq(db) > 0;
  if (before.appliedStreamSeq > view.lastSeq || memory.publishedStreamSeq > view.lastSeq) return true;
  return lostItsStart(before.appliedStreamSeq, memory.publishedStreamSeq, memory.streamFirstSeq, view);
}

/** Messages this desk read or wrote were removed from the start of the stream, not on purpose. */
function lostItsStart(appliedStreamSeq: number, publishedStreamSeq: number, streamFirstSeq: number, view: StreamView): boolean {
  const floor = Math.max(streamFirstSeq, view.purgedBelow, 1);
  return view.firstSeq > floor && (appliedStreamSeq >= floor || publishedStreamSeq >= floor);
}

/**
 * Compares the stream with this desk's memory of it (in SQLite) and records the outcome: cursors
 * adjusted, a restore started when the hub lost events this desk holds, the hub state written.
 */
export function checkHub(db: Db, view: StreamView | null): HubCheck {
  if (!view) {
    writeHubState(db, 'no-stream');
    return { state: 'no-stream', reposition: false, restoreStarted: false };
  }
  return db.transaction((): HubCheck => {
    const before = readSyncState(db);
    const memory = readStreamMemory(db);
    const holdsEvents = lastEventSeq(db) > 0;
    let lost = false;
    let reposition = false;
    if (before.streamCreated === null) setStreamCreated(db, view.created);
    else if (before.streamCreated !== view.created) {
      // Deleted and made again: every position refers to the old stream.
      resetCursors(db, view.created);
      lost = holdsEvents;
      reposition = true;
    } else {
      if (before.appliedStreamSeq > view.lastSeq || memory.publishedStreamSeq > view.lastSeq) {
        // The stream went back: its next sequences would be taken for ones already read.
        clampStreamCursors(db, view.lastSeq);
        lost = true;
        reposition = true;
      }
      if (lostItsStart(before.appliedStreamSeq, memory.publishedStreamSeq, memory.streamFirstSeq, view)) lost = true;
    }
    // Nothing left to read below the stream's first message: the consumer starts there.
    if (view.firstSeq > readSyncState(db).appliedStreamSeq + 1) setAppliedStreamSeq(db, view.firstSeq - 1);
    setStreamFirstSeq(db, view.firstSeq);
    const restoreStarted = lost && holdsEvents;
    // The stream remembers recent message ids even after a purge, and would drop a copy sent under
    // the event's own id: a restore sends under ids of its own, the same at every desk for one loss.
    if (restoreStarted) startRestore(db, lastEventSeq(db), `${view.created}/${view.firstSeq}`);

    const restoring = readStreamMemory(db).restoreSeq !== null;
    const unexplainedGap = view.firstSeq > Math.max(view.purgedBelow, 1);
    const nothingToGive = !holdsEvents || (countUnpublished(db, readSyncState(db).publishedSeq) === 0 && !restoring);
    const state: HubState =
      restoring ? 'restoring'
      : !holdsEvents && (view.messages === 0 || unexplainedGap) ? 'empty'
      : view.messages === 0 && nothingToGive ? 'empty'
      : 'ok';
    writeHubState(db, state);
    return { state, reposition, restoreStarted };
  })();
}
