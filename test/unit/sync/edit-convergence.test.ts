import { describe, expect, it } from 'vitest';
import { openDb } from '../../../db/open.ts';
import { apply } from '../../../main/events/apply.ts';
import { type EventEnvelope, newEvent } from '../../../main/events/envelope.ts';
import { emptyFields } from '../../../model/attendee.ts';

const at = (hhmm: string): Date => new Date(`2025-05-14T${hhmm}:00Z`);
const permutations = <T>(xs: readonly T[]): T[][] =>
  xs.length <= 1 ? [[...xs]] : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));

describe('concurrent edits of one attendee', () => {
  it('converge to the same fields on every desk, whatever order the events arrive in', () => {
    const desk1 = { desk: 'Desk 1', operator: 'ana' };
    const desk2 = { desk: 'Desk 2', operator: 'bo' };
    const office = { desk: 'Office', operator: 'import' };
    const first = newEvent(office, 'attendees.imported', { batchId: 'b1', rows: [{ id: 'a1', codes: ['T1'], fields: { ...emptyFields('Jon Smyth'), organisation: 'Old Org' } }] }, at('07:00'));
    const concurrent: EventEnvelope[] = [
      // A re-import of the stale export, later than both desk edits: it must not undo them.
      newEvent(office, 'attendees.imported', { batchId: 'b2', rows: [{ id: 'a1', codes: ['T1'], fields: { ...emptyFields('Jon Smyth'), organisation: 'Old Org', country: 'SE' } }] }, at('09:30')),
      newEvent(desk1, 'attendee.edited', { attendeeId: 'a1', patch: { displayName: 'John Smith', organisation: 'Acme' } }, at('09:10')),
      newEvent(desk2, 'attendee.edited', { attendeeId: 'a1', patch: { organisation: 'Acme AB', notes: 'VIP dinner' } }, at('09:12')),
      newEvent(desk1, 'attendee.edited', { attendeeId: 'a1', patch: { notes: 'wheelchair' }, addCodes: ['X9'] }, at('09:11')),
    ];
    const results = permutations(concurrent).map((order) => {
      const db = openDb(':memory:');
      for (const e of [first, ...order]) apply(db, e, 'remote');
      const row = db.prepare('SELECT display_name, organisation, notes, country, field_clock FROM attendees').get();
      const codes = db.prepare('SELECT code FROM ticket_codes ORDER BY code').pluck().all();
      db.close();
      return { row, codes };
    });
    expect(results).toHaveLength(24);
    for (const r of results) expect(r).toEqual(results[0]);
    expect(results[0]?.row).toMatchObject({
      display_name: 'John Smith', // desk edit beats the later re-import
      organisation: 'Acme AB', // the later of two desk edits
      notes: 'VIP dinner', // 09:12 beats 09:11
      country: 'SE', // a field no desk touched follows the imports
    });
    expect(results[0]?.codes).toEqual(['T1', 'X9']);
  });
});
