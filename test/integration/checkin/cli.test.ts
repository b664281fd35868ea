import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tempDbPath } from '../../helpers/db.ts';

const foyer = (db: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, ['bin/foyer.js', '--db', db, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('foyer command', () => {
  it('creates the demo event and checks people in with the documented exit codes', () => {
    const db = tempDbPath();
    const demo = foyer(db, '--json', 'demo', '--start', '2019-05-14');
    expect(demo.code).toBe(0);
    expect(JSON.parse(demo.out)).toMatchObject({ attendees: 450, meetings: 369, organisationsInMatchmaking: 149 });

    const found = JSON.parse(foyer(db, '--json', 'search', 'capitanu', '--limit', '1').out) as { codes: string[]; name: string }[];
    expect(found[0]?.name).toMatch(/Căpitanu$/);
    const code = found[0]?.codes[0] as string;

    const admitted = foyer(db, '--json', '--desk', 'Desk 3', 'checkin', code, '--day', '2019-05-14');
    expect(admitted.code).toBe(0);
    const result = JSON.parse(admitted.out) as { outcome: string; checkinId: string };
    expect(result.outcome).toBe('admitted');

    const already = foyer(db, 'checkin', code, '--day', '2019-05-14');
    expect(already.code).toBe(3);
    expect(already.out).toMatch(/ALREADY CHECKED IN .*at Desk 3/);

    expect(foyer(db, 'checkin', 'not-a-ticket', '--day', '2019-05-14').code).toBe(4);
    expect(foyer(db, 'undo', result.checkinId).code).toBe(0);
    expect(foyer(db, 'checkin', code, '--day', '2019-05-14').code).toBe(0);
  });

  it('answers bad usage with exit code 2 and a message on stderr', () => {
    const db = tempDbPath();
    expect(foyer(db, 'no-such-command').code).toBe(2);
    const bad = foyer(db, 'checkin', 'X', '--day', '14.05.2019');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--day must be YYYY-MM-DD/);
    const noEvent = foyer(db, 'event', 'show');
    expect(noEvent.code).toBe(2);
    expect(noEvent.err).toMatch(/No event/);
  });
});
