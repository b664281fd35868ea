import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apply } from '../../../main/events/apply.ts';
import { newEvent } from '../../../main/events/envelope.ts';
import { dayCurve, exportCurve } from '../../../main/planning/arrival-curves.ts';
import { actualOfDay, serviceTimeFor } from '../../../main/planning/plan.ts';
import { measuredServiceTimes } from '../../../main/planning/service-times.ts';
import { badgeDb, PEOPLE, tempDir } from '../badges/fixture.ts';

const FOYER = fileURLToPath(new URL('../../../bin/foyer.js', import.meta.url));
const DAY = '2019-05-14';

/** Check-ins at a desk at the given venue times (Bucharest is UTC+3 in May). */
function admitAt(db: ReturnType<typeof badgeDb>, desk: string, method: 'code' | 'id', people: readonly string[], times: readonly string[]): void {
  people.forEach((id, i) => apply(db, newEvent({ desk, operator: 'op' }, 'checkin.recorded', { attendeeId: id, day: DAY, method, code: null }, new Date(`${DAY}T${times[i]}+03:00`))));
}

describe('the advisor\u2019s inputs', () => {
  it('measures service times per flow from busy desks, ignoring idle gaps', () => {
    const db = badgeDb();
    const ids = PEOPLE.map((p) => p.id);
    // Desk 1 scans every 30 s, then sits idle for 10 minutes; desk 2 finds people by name every 45 s.
    admitAt(db, 'Desk 1', 'code', ids.slice(0, 5), ['09:00:00', '09:00:30', '09:01:00', '09:01:30', '09:11:30']);
    admitAt(db, 'Desk 2', 'id', ids.slice(5, 9), ['09:00:10', '09:00:55', '09:01:40', '09:02:25']);
    const m = measuredServiceTimes(db, DAY);
    expect(m.flows).toEqual([
      { flow: 'scan', samples: 3, meanSeconds: 30 },
      { flow: 'search', samples: 3, meanSeconds: 45 },
      { flow: 'print', samples: 0, meanSeconds: null },
    ]);
    expect(m.meanSeconds).toBeCloseTo(37.5, 9);
    // Six samples are too few to plan with: the default holds until twenty are measured.
    expect(serviceTimeFor(db, null)).toMatchObject({ seconds: 30, source: 'default (6 measured, 20 needed)' });
    expect(serviceTimeFor(db, 22)).toEqual({ seconds: 22, source: 'entered' });

    const curve = dayCurve(db, DAY);
    expect(curve.firstMinute).toBe(9 * 60);
    expect(curve.perSlot).toEqual([8, 0, 1]);
    const actual = actualOfDay(db, DAY, 180, 0.95);
    expect(actual).toMatchObject({ arrivals: 9, desksPerSlot: [2, 0, 1], serviceSeconds: 37.5 });
    expect(actual.modelled?.slots[0]?.arrivals).toBe(8);
  });

  it('takes the arrival curve of a previous event from its check-in export, the busiest day, scaled', async () => {
    const dir = tempDir('plan');
    const file = join(dir, 'checkins.csv');
    const rows = ['Day,Time (Europe/Bucharest),Checked in at (UTC),Name'];
    for (let i = 0; i < 40; i++) rows.push(`2018-05-14,08:${String(40 + Math.floor(i / 4)).padStart(2, '0')},x,P${i}`);
    for (let i = 0; i < 5; i++) rows.push(`2018-05-15,09:0${i},x,Q${i}`);
    writeFileSync(file, rows.join('\n'));
    const curve = await exportCurve(file, 400);
    expect(curve.firstMinute).toBe(8 * 60 + 40);
    expect(curve.perSlot).toEqual([200, 200]);
    expect(curve.source).toBe('checkins.csv (2018-05-14), scaled to 400 arrivals');

    const plan = spawnSync(process.execPath, [FOYER, '--db', join(dir, 'plan.sqlite'), '--json', 'plan', 'desks', '--from-export', file, '--arrivals', '400', '--service-time', '20s', '--target-wait', '3m'], { encoding: 'utf8' });
    expect(plan.status, plan.stderr).toBe(0);
    const json = JSON.parse(plan.stdout) as { desks: number; printers: number; chosen: { withinTarget: number } };
    expect(json.desks).toBeGreaterThan(5);
    expect(json.chosen.withinTarget).toBeGreaterThanOrEqual(0.95);
    const bad = spawnSync(process.execPath, [FOYER, '--db', join(dir, 'plan.sqlite'), 'plan', 'desks', '--arrivals', '450', '--opening', '09:30', '--target-wait', 'soon'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--target-wait "soon": write a duration such as 25s, 3m or 1m30s.');
  });
});
