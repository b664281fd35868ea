import { describe, expect, it } from 'vitest';
import { attendeeIdByCode, getAttendee } from '../../../db/queries/attendees.ts';
import { apply } from '../../../main/events/apply.ts';
import { newEvent } from '../../../main/events/envelope.ts';
import { emptyFields } from '../../../model/attendee.ts';
import { DESK, eventWith, personNamed } from '../../helpers/db.ts';

// New people of an import claim their ticket codes many to a statement; a code somebody holds
// already, or that an earlier row took, stays with its holder, as it did one code at a time.

const row = (id: string, name: string, codes: string[]) => ({ id, codes, fields: emptyFields(name) });

describe('codes brought by new people', () => {
  it('go to the first to bring them, case aside, and each person shows only the codes they took', () => {
    const db = eventWith([personNamed(1, 'Ana-Maria Căpitanu')]); // holds CODE00001
    // 150 people with a code each (several statements' worth), and the conflicts spread among them.
    const rows = Array.from({ length: 150 }, (_, i) => row(`n${i}`, `Person ${i}`, [`N${i}`]));
    rows[3] = row('n3', 'Ștefan Cosnița', ['code00001', 'S-3']); // held before, in another case
    rows[70] = row('n70', 'Małgorzata Bieńkowska', ['N69', 'M-70', 'm-70']); // N69: the row before took it
    rows[140] = row('n140', 'Zsófia Kádár', ['K-140', 'k-140', 'Z-140']); // one code twice, in two cases
    apply(db, newEvent(DESK, 'attendees.imported', { batchId: 'b2', rows }));

    expect(attendeeIdByCode(db, 'CODE00001')).toBe('p1');
    expect(getAttendee(db, 'n3')?.codes).toEqual(['S-3']);
    expect(attendeeIdByCode(db, 'N69')).toBe('n69');
    expect(getAttendee(db, 'n70')?.codes).toEqual(['M-70']);
    expect(getAttendee(db, 'n140')?.codes).toEqual(['K-140', 'Z-140']);
    expect(attendeeIdByCode(db, 'k-140')).toBe('n140');
    expect(getAttendee(db, 'n149')?.codes).toEqual(['N149']);
    const held = db.prepare('SELECT count(*) FROM ticket_codes').pluck().get();
    expect(held).toBe(1 + 147 + 1 + 1 + 2);
    db.close();
  });
});
