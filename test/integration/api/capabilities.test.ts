import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBackground } from '../../../main/api/background.ts';
import { createApi } from '../../../main/api/handlers.ts';
import { DESK, eventWith } from '../../helpers/db.ts';
import { PEOPLE } from './fixture.ts';

// The methods bound to the other engineers' capabilities, through the same api.call both
// transports use, on a real database, printing to a real PDF folder.

async function ok<T = Record<string, unknown>>(p: Promise<{ ok: boolean }>): Promise<T> {
  const r = (await p) as { ok: boolean; value?: T; error?: { message: string } };
  if (!r.ok) throw new Error(r.error?.message);
  return r.value as T;
}

function setUp() {
  const db = eventWith(PEOPLE);
  let left = 0;
  const api = createApi({ db, actor: DESK, now: () => new Date('2019-05-14T07:30:00Z'), leaveKiosk: () => left++ });
  return { db, api, left: () => left };
}

const waitFor = async (check: () => boolean, ms = 20_000): Promise<void> => {
  for (let t = 0; !check(); t += 100) {
    if (t > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe('bound capabilities', () => {
  it('checks in and prints the badge to the desk printer; the job state reaches the live updates', async () => {
    const { db, api } = setUp();
    const folder = mkdtempSync(join(tmpdir(), 'foyer-pdf-'));
    await ok(api.call('printers.setRules', { badgePrinter: `folder:${folder}`, autoPrint: true }));
    const states: string[] = [];
    api.bus.subscribe((u) => {
      if (u.type === 'print.job') states.push(u.job.state);
    });
    const background = startBackground(db, DESK, api.bus);
    try {
      const r = await ok<{ checkin: { outcome: string }; print: { status: string; jobs: { id: string }[] } }>(
        api.call('checkin.scanAndPrint', { code: PEOPLE[0]!.code }),
      );
      expect(r.checkin.outcome).toBe('admitted');
      expect(r.print.status).toBe('queued');
      await waitFor(() => states.includes('done'));
      const pdfs = readdirSync(folder).filter((f) => f.endsWith('.pdf'));
      expect(pdfs).toHaveLength(1);
      expect(readFileSync(join(folder, pdfs[0]!)).subarray(0, 5).toString()).toBe('%PDF-');
      const queue = await ok<{ id: string; state: string; kind: string }[]>(api.call('print.queue', {}));
      expect(queue).toEqual([expect.objectContaining({ id: r.print.jobs[0]!.id, state: 'done', kind: 'badge' })]);
      // A second scan does not print a second badge.
      const again = await ok<{ print: { status: string } }>(api.call('checkin.scanAndPrint', { code: PEOPLE[0]!.code }));
      expect(again.print.status).toBe('skipped');
    } finally {
      await background.stop();
    }
  }, 60_000);

  it('lists templates, selects one for the desk, and previews a badge as a PDF', async () => {
    const { api } = setUp();
    const templates = await ok<{ id: string; selected: boolean }[]>(api.call('templates.list', {}));
    expect(templates.length).toBeGreaterThan(0);
    const other = templates.find((t) => !t.selected) ?? templates[0]!;
    await ok(api.call('templates.select', { templateId: other.id }));
    expect((await ok<{ id: string; selected: boolean }[]>(api.call('templates.list', {}))).find((t) => t.selected)?.id).toBe(other.id);
    const preview = await ok<{ base64: string }>(api.call('templates.preview', { templateId: other.id, attendeeId: 'p2' }));
    expect(Buffer.from(preview.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(await api.call('templates.select', { templateId: 'no-such-template' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  }, 60_000);

  it('previews an import without changing anything, then imports it', async () => {
    const { api } = setUp();
    const csv = 'First name,Last name,Email,Ticket\nIoana,Popescu,ioana@example.ro,T-100\nLars,Berg,lars@example.se,T-101\n';
    const source = { fileName: 'roster.csv', contentBase64: Buffer.from(csv).toString('base64') };
    const preview = await ok<{ outcome: string; added: number; rowsTotal: number }>(api.call('import.preview', source));
    expect(preview).toMatchObject({ outcome: 'dry-run', rowsTotal: 2, added: 2 });
    expect(await ok<unknown[]>(api.call('roster.search', { query: 'popescu' }))).toEqual([]);
    const done = await ok<{ outcome: string; added: number }>(api.call('import.commit', source));
    expect(done).toMatchObject({ outcome: 'imported', added: 2 });
    expect((await ok<{ attendee: { email: string } }[]>(api.call('roster.search', { query: 'popescu' })))[0]?.attendee.email).toBe('ioana@example.ro');
    expect(await api.call('import.preview', { ...source, fileName: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  }, 60_000);

  it('keeps the staff PIN hashed and leaves kiosk mode only with it', async () => {
    const { api, db, left } = setUp();
    expect(await ok(api.call('kiosk.leave', { pin: '1234' }))).toEqual({ left: false });
    await ok(api.call('staff.setPin', { pin: '482913' }));
    expect(JSON.stringify(db.prepare('SELECT value FROM app_settings').all())).not.toContain('482913');
    expect(await api.call('staff.setPin', { pin: '111111' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await ok(api.call('staff.verifyPin', { pin: '000000' }))).toEqual({ valid: false });
    expect(await ok(api.call('kiosk.leave', { pin: '000000' }))).toEqual({ left: false });
    expect(left()).toBe(0);
    expect(await ok(api.call('kiosk.leave', { pin: '482913' }))).toEqual({ left: true });
    expect(left()).toBe(1);
  });

  it('raises a help flag on every desk and clears it; reports sync state', async () => {
    const { api } = setUp();
    const seen: string[] = [];
    api.bus.subscribe((u) => u.type === 'help' && seen.push(u.flag.clearedAt ? 'cleared' : 'raised'));
    const flag = await ok<{ id: string }>(api.call('kiosk.help', { station: 'Kiosk 2' }));
    expect(await ok<{ station: string }[]>(api.call('help.list', {}))).toEqual([expect.objectContaining({ id: flag.id, station: 'Kiosk 2', clearedAt: null })]);
    await ok(api.call('help.clear', { id: flag.id }));
    expect(seen).toEqual(['raised', 'cleared']);
    expect(await ok(api.call('sync.status', {}))).toMatchObject({ configured: false, connected: false });
  });

  it('never locks a person out of the kiosk: wrong e-mail answers lock the device that gave them', async () => {
    const { api } = setUp();
    const device = { role: 'kiosk', client: '10.0.0.9' };
    const [match] = (await ok<{ matches: { ref: string }[] }>(api.call('kiosk.search', { query: 'lindqvist' }, device))).matches;
    for (let i = 0; i < 3; i++) await api.call('kiosk.printOwnBadge', { ref: match!.ref, localPart: `guess${i}` }, device);
    const locked = await api.call('kiosk.printOwnBadge', { ref: match!.ref, localPart: 'asa' }, device);
    expect(locked).toMatchObject({ ok: false, error: { code: 'rate-limited', message: expect.stringMatching(/ask at the registration desk/) } });
    const other = { role: 'kiosk', client: '10.0.0.10' };
    const [again] = (await ok<{ matches: { ref: string }[] }>(api.call('kiosk.search', { query: 'lindqvist' }, other))).matches;
    expect(await ok(api.call('kiosk.printOwnBadge', { ref: again!.ref, localPart: 'asa' }, other))).toMatchObject({ outcome: 'admitted', firstName: 'Åsa' });
  });
});
