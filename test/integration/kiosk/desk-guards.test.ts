import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../main/api/handlers.ts';
import { setStaffPin } from '../../../main/staff/pin.ts';
import { DESK, eventWith } from '../../helpers/db.ts';
import { type KioskServer, serveKiosk, TOKENS } from './kiosk-http.ts';
import { kioskRoster } from './roster.ts';

// Issue 14 §2 (the desk keeps answering while PINs are checked) and §5 (folder printers, code
// theft, the read-only screen token), over the real HTTP transport where a device is involved.

const servers: KioskServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
const PEOPLE = kioskRoster();

async function serve() {
  const db = eventWith(PEOPLE);
  const server = await serveKiosk(db);
  servers.push(server);
  return { db, server, desk: server.device(TOKENS.desk, '127.0.0.5'), screen: server.device(TOKENS.screen, '127.0.0.6') };
}

describe('desk guards', () => {
  it('keeps answering desk searches while eight PINs are being checked', async () => {
    const db = eventWith(PEOPLE);
    await setStaffPin(db, '48291375');
    const api = createApi({ db, actor: DESK });
    const finished: string[] = [];
    const pins = Array.from({ length: 8 }, (_, i) =>
      api.call('staff.verifyPin', { pin: '48291375' }, { role: 'kiosk', client: `127.0.1.${i}` }).then(() => finished.push('pin')));
    const search = api.call('roster.search', { query: 'popescu' }).then((r) => {
      finished.push('search');
      return r;
    });
    await Promise.all([...pins, search]);
    // scrypt runs on the thread pool: the search started after the eight PIN checks, and is answered first.
    expect(finished[0]).toBe('search');
    expect((await search).ok).toBe(true);
  });

  it('refuses a print request that names a folder printer, from any device', async () => {
    const { desk, db } = await serve();
    const folder = mkdtempSync(join(tmpdir(), 'foyer-evil-'));
    for (const method of ['print.badge', 'print.sheet']) {
      const r = await desk.call(method, { attendeeId: 'p3', printer: `folder:${folder}` });
      expect(r.status, method).toBe(403);
      expect(r.body.error?.message).toMatch(/set on the desk itself/);
    }
    expect((await desk.call('printers.setRules', { badgePrinter: ` FOLDER:${folder}` })).status).toBe(403);
    expect((await desk.call('printers.testPage', { printer: `folder:${folder}` })).status).toBe(403);
    expect(db.prepare('SELECT count(*) FROM print_jobs').pluck().get()).toBe(0);
    // On the machine itself (no transport caller: the CLI, the desk's own window) a folder printer is set as before.
    const local = createApi({ db, actor: DESK });
    expect((await local.call('printers.setRules', { badgePrinter: `folder:${folder}` })).ok).toBe(true);
  });

  it('refuses to give a ticket code that belongs to someone else, by edit or walk-in', async () => {
    const { desk, db } = await serve();
    const stolen = PEOPLE[4]!.code;
    const edit = await desk.call('attendee.edit', { id: 'p9', patch: {}, addCodes: [stolen.toUpperCase()] });
    expect(edit.status).toBe(400);
    expect(edit.body.error?.message).toMatch(new RegExp(`already belongs to ${PEOPLE[4]!.fields.displayName}`));
    const walkIn = await desk.call('attendee.walkIn', { firstName: 'Mallory', familyName: 'Thief', codes: [stolen] });
    expect(walkIn.status).toBe(400);
    expect(db.prepare('SELECT attendee_id FROM ticket_codes WHERE code = ?').pluck().get(stolen)).toBe('p4');
    expect(db.prepare("SELECT count(*) FROM attendees WHERE display_name = 'Mallory Thief'").pluck().get()).toBe(0);
    // A code of one's own, or a new one, is still fine.
    expect((await desk.call('attendee.edit', { id: 'p9', patch: {}, addCodes: [PEOPLE[9]!.code, 'NEWCODE-0001'] })).status).toBe(200);
  });

  it('gives a dashboard screen the figures and nothing it could change or take away', async () => {
    const { screen, server } = await serve();
    for (const m of ['stats.get', 'event.get', 'print.queue', 'help.list', 'checkin.doubleAdmissions', 'sync.status']) {
      expect((await screen.call(m, {})).status, m).toBe(200);
    }
    for (const [m, input] of [['roster.search', { query: 'pop' }], ['attendee.get', { id: 'p1' }], ['lists.export', { list: 'checkins', day: null }],
      ['checkin.scan', { code: PEOPLE[1]!.code }], ['help.clear', { id: 'x' }], ['kiosk.search', { query: 'popescu' }], ['event.update', { name: 'x' }]] as const) {
      expect((await screen.call(m, input)).status, m).toBe(403);
    }
    // Its live stream says that something changed, never who.
    const events = await fetch(`http://127.0.0.1:${server.http.port}/api/events`, { headers: { authorization: `Bearer ${TOKENS.screen}` } });
    const reader = events.body!.getReader();
    await server.device(TOKENS.desk).call('checkin.scan', { code: PEOPLE[1]!.code });
    let text = '';
    while (!text.includes('remote-events')) text += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    expect(text).not.toContain(PEOPLE[1]!.fields.displayName);
  });
});
