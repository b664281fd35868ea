import type { Db } from '../../db/open.ts';
import { insertEvent } from '../../db/queries/events.ts';
import { predatesPurge } from '../../db/queries/privacy.ts';
import type { EventEnvelope } from './envelope.ts';
import { reducers } from './reducers.ts';

export class UnknownEventError extends Error {
  constructor(type: string) {
    super(`Unknown event type "${type}": it was written by a newer Foyer. Update this desk.`);
    this.name = 'UnknownEventError';
  }
}

export interface ApplyResult {
  /** False when the event had been applied before (same id): nothing changed. */
  readonly applied: boolean;
  readonly seq: number | null;
}

/**
 * The one path for every change of state. Writes the event row and updates the current-state
 * tables in one transaction; idempotent on the event id, so events from other desks can arrive
 * any number of times. Runs inside the caller's transaction when there is one (a savepoint).
 */
export function apply(db: Db, event: EventEnvelope, origin: 'local' | 'remote' = 'local'): ApplyResult {
  return db.transaction(() => applyNow(db, event, origin))();
}

/**
 * apply() for a caller that holds a write transaction it rolls back whole on any error (the
 * check-in): no savepoint of its own, two statements fewer on the path a desk waits for.
 */
export function applyInTransaction(db: Db, event: EventEnvelope, origin: 'local' | 'remote' = 'local'): ApplyResult {
  if (!db.inTransaction) throw new Error('applyInTransaction needs an open transaction');
  return applyNow(db, event, origin);
}

function applyNow(db: Db, event: EventEnvelope, origin: 'local' | 'remote'): ApplyResult {
  const reducer = reducers[event.type];
  if (!reducer) throw new UnknownEventError(event.type);
  // An event from before a purge, arriving late from a desk that had not yet seen it, is logged
  // without its payload and not applied: it would bring erased personal data back.
  if (origin === 'remote' && predatesPurge(db, event)) {
    const seq = insertEvent(db, { ...event, payload: {} }, origin);
    return { applied: seq !== null, seq };
  }
  const payload = reducer.schema.parse(event.payload);
  const seq = insertEvent(db, event, origin);
  if (seq === null) return { applied: false, seq: null };
  reducer.reduce(db, { ...event, payload });
  return { applied: true, seq };
}
