import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../db/open.ts';
import { checkIn } from '../../../main/checkin/checkin.ts';
import { tempDbPath } from '../../helpers/db.ts';
import { filesUnder, wordsFoundIn } from './bytes.ts';
import { rosterWords, withoutBaseline } from './roster-words.ts';

const DAY = '2019-05-14';
const NAME = 'European Cluster Conference (demo)';

const foyer = (db: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, ['bin/foyer.js', '--db', db, '--desk', 'Desk 1', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('foyer purge', () => {
  it('erases every name from every file Foyer wrote, keeps the anonymous figures, and needs the exact name', () => {
    const path = tempDbPath();
    const dir = dirname(path);
    expect(foyer(path, 'demo', '--start', DAY).code).toBe(0);
    const db = openDb(path);
    const codes = db.prepare("SELECT c.code FROM ticket_codes c JOIN attendees a ON a.id = c.attendee_id WHERE a.status = 'active' AND a.days IS NULL AND a.id NOT IN (SELECT attendee_id FROM checkins) ORDER BY c.code LIMIT 10").pluck().all() as string[];
    // The demo admits some people itself: ten more here.
    const checkins = (db.prepare('SELECT count(*) FROM checkins').pluck().get() as number) + 10;
    const checkedIn = (db.prepare('SELECT count(DISTINCT attendee_id) FROM checkins WHERE day = ?').pluck().get(DAY) as number) + 10;
    for (const code of codes) expect(checkIn(db, { desk: 'Desk 1', operator: 'staff' }, { target: { code }, day: DAY, confirmAttention: true }).outcome).toBe('admitted');
    db.close();
    // Files with personal data, in the folder Foyer was told to use.
    const out = join(dir, 'out');
    mkdirSync(out);
    expect(foyer(path, 'export', 'checkins', '-o', join(out, 'checkins.xlsx')).code).toBe(0);
    expect(foyer(path, 'export', 'no-shows', '-o', join(out, 'no-shows.csv')).code).toBe(0);
    expect(foyer(path, 'export', 'audit', '-o', join(out, 'audit.csv')).code).toBe(0);
    expect(foyer(path, 'badge', codes[0] as string, '-o', join(out, 'badge.pdf')).code).toBe(0);
    const printed = foyer(path, 'print', 'badge', codes[1] as string, '--printer', `folder:${join(dir, 'print')}`);
    expect(printed.code, printed.err).toBe(0);
    expect(readdirSync(join(dir, 'print'))).toHaveLength(1);

    const empty = tempDbPath();
    expect(foyer(empty, 'event', 'create', '--name', NAME, '--start', DAY).code).toBe(0);
    const reader = openDb(path, { readonly: true });
    const words = withoutBaseline(rosterWords(reader), empty);
    reader.close();
    expect(words.length).toBeGreaterThan(900);
    // The check finds them before the purge (in the database, its search file and the files written).
    const before = wordsFoundIn(filesUnder(dir), words);
    for (const f of [path, `${dir}/foyer.search.sqlite`, join(out, 'no-shows.csv')]) expect(before.some((h) => h.startsWith(`${f}:`))).toBe(true);

    for (const wrong of ['European Cluster', 'european cluster conference', '']) {
      const refused = foyer(path, 'purge', '--confirm', wrong);
      expect(refused.code).toBe(2);
      expect(refused.err).toMatch(/exact conference name.*nothing was erased/);
    }
    expect(foyer(path, 'purge').code).toBe(2);
    expect(JSON.parse(foyer(path, '--json', 'event', 'show').out)).toMatchObject({ attendees: 450 });

    const purged = foyer(path, '--json', 'purge', '--confirm', NAME);
    expect(purged.code, purged.err).toBe(0);
    const report = JSON.parse(purged.out) as {
      purged: boolean;
      erased: { rows: Record<string, number>; files: string[] };
      kept: { stats: { days: { day: string; checkedIn: number; byCategory: unknown[] }[]; people: { registered: number }; meetings: { scheduled: number } } };
      cleanup: { logsEmptied: boolean };
    };
    expect(report.purged).toBe(true);
    expect(report.erased.rows).toMatchObject({ attendees: 450, ticket_codes: 450, checkins, meetings: 369 });
    expect(report.erased.rows.print_jobs).toBe(1);
    expect(report.erased.files).toHaveLength(5);
    expect(report.kept.stats.days[0]).toMatchObject({ day: DAY, checkedIn });
    expect(report.kept.stats.days[0]?.byCategory.length).toBeGreaterThan(1);
    expect(report.kept.stats.meetings.scheduled).toBe(369);
    expect(report.cleanup.logsEmptied).toBe(true);

    expect(wordsFoundIn(filesUnder(dir), words)).toEqual([]);
    expect(existsSync(join(out, 'checkins.xlsx'))).toBe(false);
    expect(readdirSync(join(dir, 'print'))).toEqual([]);

    // The log keeps who did what kind of thing, and when.
    const after = openDb(path);
    expect(after.prepare("SELECT count(*) FROM events WHERE type = 'checkin.recorded' AND payload = '{}'").pluck().get()).toBe(checkins);
    expect(after.prepare('SELECT count(*) FROM attendees').pluck().get()).toBe(0);
    after.close();
    const show = foyer(path, '--json', 'event', 'show');
    expect(JSON.parse(show.out)).toMatchObject({ name: NAME, attendees: 0, keptStatistics: { days: [{ day: DAY, checkedIn }, {}, {}] } });
    // A second purge finds nothing left and keeps the figures of the first.
    const again = JSON.parse(foyer(path, '--json', 'purge', '--confirm', NAME).out) as typeof report;
    expect(again.purged).toBe(false);
    expect(again.kept.stats.days[0]?.checkedIn).toBe(checkedIn);
  }, 180_000);
});
