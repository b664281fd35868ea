import type { Db } from '../handle.ts';
import { prepared } from '../prepared.ts';

export interface StoredEvent {
  readonly seq: number;
  readonly id: string;
  readonly type: string;
  readonly at: string;
  readonly desk: string;
  readonly operator: string;
  readonly origin: 'local' | 'remote';
  readonly payload: unknown;
}

interface EventRow extends Omit<StoredEvent, 'payload'> {
  readonly payload: string;
}

/** Inserts the event unless its id is known; returns its local sequence, or null if it was known. */
export function insertEvent(
  db: Db,
  e: { id: string; type: string; at: string; desk: string; operator: string; payload: unknown },
  origin: 'local' | 'remote',
): number | null {
  const info = prepared(db, `INSERT INTO events (id, type, at, desk, operator, origin, payload)
       VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    )
    .run(e.id, e.type, e.at, e.desk, e.operator, origin, JSON.stringify(e.payload));
  return info.changes === 0 ? null : Number(info.lastInsertRowid);
}

const toStored = (r: EventRow): StoredEvent => ({ ...r, payload: JSON.parse(r.payload) as unknown });

/** Events after a local sequence number, in the order this desk applied them. */
export function eventsAfter(db: Db, seq: number, limit: number, origin?: 'local' | 'remote'): StoredEvent[] {
  const rows = origin
    ? prepared(db, 'SELECT * FROM events WHERE origin = ? AND seq > ? ORDER BY seq LIMIT ?').all(origin, seq, limit)
    : prepared(db, 'SELECT * FROM events WHERE seq > ? ORDER BY seq LIMIT ?').all(seq, limit);
  return (rows as EventRow[]).map(toStored);
}

export function eventById(db: Db, id: string): StoredEvent | undefined {
  const row = prepared(db, 'SELECT * FROM events WHERE id = ?').get(id) as EventRow | undefined;
  return row && toStored(row);
}
