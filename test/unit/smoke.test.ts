import { describe, expect, it } from 'vitest';
import { openDb } from '../../db/open.ts';
import { apply } from '../../main/events/apply.ts';
import { newEvent } from '../../main/events/envelope.ts';
import { checkIn } from '../../main/checkin/checkin.ts';
import { search } from '../../main/search/search.ts';
import { emptyFields } from '../../main/roster/attendee.ts';

describe('smoke', () => {
  it('imports, finds and checks in', () => {
    const db = openDb(':memory:');
    const actor = { desk: 'Desk 1', operator: 'ana' };
    apply(db, newEvent(actor, 'event.configured', { name: 'ECC', venue: 'x', days: ['2019-05-14'], timeZone: 'Europe/Bucharest', logo: null }));
    apply(db, newEvent(actor, 'attendees.imported', { batchId: 'b1', rows: [
      { id: 'a1', codes: ['T1'], fields: { ...emptyFields('Małgorzata Bieńkowska'), organisation: 'Klaster Łódź' } },
    ] }));
    expect(search(db, 'bienkowska').map((h) => h.attendee.id)).toEqual(['a1']);
    expect(search(db, 'lodz')[0]?.match).toBe('other');
    expect(search(db, 'bienkowsk')[0]?.match).toBe('name');
    expect(search(db, 'bienkowsca')[0]?.match).toBe('typo');
    const r = checkIn(db, actor, { target: { code: 't1' }, day: '2019-05-14' });
    expect(r.outcome).toBe('admitted');
    expect(checkIn(db, actor, { target: { code: 'T1' }, day: '2019-05-14' }).outcome).toBe('already');
  });
});
