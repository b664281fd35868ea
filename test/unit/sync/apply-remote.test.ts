import { describe, expect, it } from 'vitest';
import { type Db, openDb } from '../../../db/open.ts';
import { checkIn } from '../../../main/checkin/checkin.ts';
import { configureConference } from '../../../main/conference/configure.ts';
import { apply } from '../../../main/events/apply.ts';
import { type EventEnvelope, newEvent } from '../../../main/events/envelope.ts';
import { emptyFields } from '../../../model/attendee.ts';
import { applyRemoteBatch } from '../../../main/sync/apply-remote.ts';
import { checkinState, doubleAdmissions } from '../../../main/sync/conflicts.ts';
import { syncStatus } from '../../../main/sync/status.ts';

const DAY = '2025-05-14';
const desk1 = { desk: 'Desk 1', operator: 'ana' };
const desk2 = { desk: 'Desk 2', operator: 'bo' };

/** A desk with the event and two attendees, as every desk has after catching up. */
function desk(): Db {
  const db = openDb(':memory:');
  configureConference(db, desk1, { name: 'ECC', venue: '', days: [DAY], timeZone: 'UTC', logo: null });
  apply(db, newEvent(desk1, 'attendees.imported', { batchId: 'b', rows: [
    { id: 'a1', codes: ['T1'], fields: emptyFields('Ana Pop') },
    { id: 'a2', codes: ['T2'], fields: emptyFields('Bo Lind') },
  ] }));
  return db;
}

let seq = 0;
const msg = (e: EventEnvelope | string): { streamSeq: number; data: string } => ({
  streamSeq: ++seq, data: typeof e === 'string' ? e : JSON.stringify(e),
});
const checkinEvent = (actor: typeof desk1, attendeeId: string, at: string): EventEnvelope =>
  newEvent(actor, 'checkin.recorded', { attendeeId, day: DAY, method: 'code', code: null }, new Date(at));

describe('applying events from other desks', () => {
  it('keeps a remote check-in of someone already checked in here; the earlier one counts', () => {
    seq = 0;
    const db = desk();
    const local = checkIn(db, desk1, { target: { code: 'T1' }, day: DAY, now: new Date('2025-05-14T09:20:00Z') });
    expect(local.outcome).toBe('admitted');
    const remote = checkinEvent(desk2, 'a1', '2025-05-14T09:15:00Z');
    expect(applyRemoteBatch(db, [msg(remote)])).toMatchObject({ applied: 1, failed: 0, appliedSeq: 1 });

    const state = checkinState(db, 'a1', DAY);
    expect(state.first).toMatchObject({ id: remote.id, desk: 'Desk 2', at: '2025-05-14T09:15:00.000Z' });
    expect(state.others.map((c) => c.desk)).toEqual(['Desk 1']);
    expect(doubleAdmissions(db)).toEqual([
      expect.objectContaining({ attendeeId: 'a1', displayName: 'Ana Pop', day: DAY, checkins: [state.first, ...state.others] }),
    ]);
    expect(checkinState(db, 'a2', DAY)).toEqual({ first: null, others: [] });
    // The desk now answers "already" and names the earlier desk.
    expect(checkIn(db, desk1, { target: { code: 'T1' }, day: DAY })).toMatchObject({ outcome: 'already', first: { desk: 'Desk 2' } });
  });

  it('records an event that fails, carries on with the batch, and applies it once what it needs arrives', () => {
    seq = 0;
    const db = desk();
    const checkin = checkinEvent(desk2, 'a2', '2025-05-14T09:00:00Z');
    const undo = newEvent(desk2, 'checkin.undone', { checkinId: checkin.id });
    const fromTheFuture = newEvent(desk2, 'badge.hologram', { x: 1 });
    const later = checkinEvent(desk2, 'a1', '2025-05-14T09:01:00Z');

    const r = applyRemoteBatch(db, [msg(undo), msg(fromTheFuture), msg('not json'), msg(later)]);
    expect(r).toMatchObject({ applied: 1, failed: 3, appliedSeq: 4, gap: false });
    const s = syncStatus(db);
    expect(s.failedEvents).toBe(3);
    expect(s.failures.map((f) => f.type)).toEqual(['checkin.undone', 'badge.hologram', null]);
    expect(s.failures[1]?.error).toMatch(/newer Foyer/);

    // The check-in arrives: the undo recorded earlier now applies.
    expect(applyRemoteBatch(db, [msg(checkin)])).toMatchObject({ applied: 1, appliedSeq: 5 });
    expect(checkinState(db, 'a2', DAY).first).toBeNull();
    expect(syncStatus(db).failures.map((f) => f.type)).toEqual(['badge.hologram', null]);
  });

  it('records a message it cannot decrypt as failed, and goes on', () => {
    seq = 0;
    const db = desk();
    const sealedElsewhere = { streamSeq: ++seq, data: '', unreadable: 'An event in the stream cannot be decrypted' };
    const r = applyRemoteBatch(db, [sealedElsewhere, msg(checkinEvent(desk2, 'a1', '2025-05-14T09:01:00Z'))]);
    expect(r).toMatchObject({ applied: 1, failed: 1, appliedSeq: 2 });
    expect(syncStatus(db).failures[0]?.error).toMatch(/cannot be decrypted/);
  });

  it('applies nothing twice and nothing after a missing message', () => {
    seq = 0;
    const db = desk();
    const batch = [msg(checkinEvent(desk2, 'a1', '2025-05-14T09:00:00Z')), msg(checkinEvent(desk2, 'a2', '2025-05-14T09:01:00Z'))];
    const events = (): number => db.prepare('SELECT count(*) FROM events').pluck().get() as number;
    const before = events();
    expect(applyRemoteBatch(db, batch)).toMatchObject({ applied: 2, appliedSeq: 2 });
    // Redelivered by the server (lost ack), and the same events re-published under new stream sequences.
    expect(applyRemoteBatch(db, batch)).toMatchObject({ applied: 0, known: 0, appliedSeq: 2 });
    expect(applyRemoteBatch(db, batch.map((m, i) => ({ ...m, streamSeq: 3 + i })))).toMatchObject({ applied: 0, known: 2, appliedSeq: 4 });
    expect(events()).toBe(before + 2);
    // Stream sequence 5 never arrived: 6 must not be applied, the consumer restarts from 5.
    const afterGap = { streamSeq: 6, data: JSON.stringify(checkinEvent(desk1, 'a2', '2025-05-14T10:00:00Z')) };
    expect(applyRemoteBatch(db, [afterGap])).toMatchObject({ applied: 0, gap: true, appliedSeq: 4 });
    expect(events()).toBe(before + 2);
  });
});
