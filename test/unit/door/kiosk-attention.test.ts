import { afterAll, describe, expect, it } from 'vitest';
import { createApi } from '../../../main/api/handlers.ts';
import { activeCheckins } from '../../../db/queries/checkins.ts';
import { eventWith, personNamed } from '../../helpers/db.ts';

// Issue 15 §3: at a self-service kiosk a flagged person is sent to the desk, and a help request
// naming them is raised for the staff.
const DAY = '2019-05-14';
const db = eventWith([personNamed(1, 'Ana-Maria Căpitanu', { attention: true, attentionNote: 'Keynote: call Ioana' })]);
afterAll(() => db.close());

describe('a flagged person at the kiosk', () => {
  it('is not checked in there: sent to the desk, and staff are called by name', async () => {
    const api = createApi({ db, actor: { desk: 'Kiosk 1', operator: 'self-service' }, now: () => new Date(`${DAY}T07:00:00Z`) });
    const r = await api.call('kiosk.scan', { code: 'CODE00001', capture: { via: 'camera' } });
    expect(r).toMatchObject({ ok: true, value: { outcome: 'desk', printed: false, helpRaised: true } });
    expect(activeCheckins(db, 'p1', DAY)).toHaveLength(0);
    const help = await api.call('help.list', {});
    expect(help).toMatchObject({ ok: true, value: [{ station: 'Kiosk 1', message: expect.stringMatching(/^Ana-Maria Căpitanu was sent to the desk: flagged for attention/) }] });
    await api.sync.close();
  });
});
