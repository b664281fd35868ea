import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/open.ts';
import { getCheckin } from '../../../db/queries/checkins.ts';
import { getJob } from '../../../db/queries/print-jobs.ts';
import { pageSize as templatePageSize } from '../../../main/badges/page-layout.ts';
import { loadTemplate } from '../../../main/badges/templates.ts';
import { checkInAndPrint } from '../../../main/checkin/check-in-and-print.ts';
import { setDeskRules } from '../../../main/print/desk-rules.ts';
import { documentRenderers } from '../../../main/print/renderers.ts';
import { runUntilSettled } from '../../../main/print/worker.ts';
import { ACTOR, DAY, deleteQueue, newQueue, outputsOf, pageSize, pdfText, seededDb, skipWithoutCups } from './cups-helpers.ts';

const worker = { renderers: documentRenderers };

describe.skipIf(skipWithoutCups)('a badge through the real CUPS queue', () => {
  let db: Db;
  let queue: string;
  beforeAll(() => {
    db = seededDb();
    queue = newQueue();
  });
  afterAll(() => deleteQueue(queue));

  for (const template of ['a6-portrait', 'label-4x3']) {
    it(`arrives as a PDF of the ${template} page size with the person's name`, async () => {
      // pdftotext reads back the glyph that pdftocairo's subset puts at code 32 as a space (a
      // poppler heuristic), which bites some names with letters outside WinAnsi on the
      // label; the PDF itself is right. These two names read back exactly.
      const code = template === 'a6-portrait' ? 'T-P1' : 'T-P5';
      const name = template === 'a6-portrait' ? 'Ioana Căpitanu' : 'Jürgen Weiß';
      setDeskRules(db, ACTOR, { badgePrinter: queue, badgeTemplate: template });
      const r = await checkInAndPrint(db, ACTOR, { target: { code }, day: DAY }, worker);
      expect(r.checkin.outcome).toBe('admitted');
      expect(r.print.status).toBe('queued');
      if (r.print.status !== 'queued') return;
      const [job] = await runUntilSettled(db, ACTOR, r.print.jobs.map((j) => j.id), worker);
      expect(job?.state, job?.lastError ?? '').toBe('done');
      expect(job?.spoolerJobId).toMatch(new RegExp(`^${queue}-\\d+$`));
      const files = outputsOf(job?.id ?? '');
      expect(files).toHaveLength(1);
      const [w, h] = templatePageSize(loadTemplate(template));
      const size = pageSize(files[0] as string);
      expect(size.width).toBeCloseTo(w, -0.3); // pdfinfo rounds to whole points
      expect(size.height).toBeCloseTo(h, -0.3);
      expect(pdfText(files[0] as string)).toContain(name);
    });
  }

  it('prints the badge once: a second scan skips, a reprint is counted and logged', async () => {
    setDeskRules(db, ACTOR, { badgePrinter: queue, badgeTemplate: 'a6-portrait' });
    const again = await checkInAndPrint(db, ACTOR, { target: { code: 'T-P1' }, day: DAY }, worker);
    expect(again.checkin.outcome).toBe('already');
    expect(again.print).toMatchObject({ status: 'skipped' });

    const reprinter = { desk: ACTOR.desk, operator: 'mihai' };
    const r = await checkInAndPrint(db, reprinter, { target: { code: 'T-P1' }, day: DAY, reprint: true }, worker);
    expect(r.print.status).toBe('queued');
    if (r.print.status !== 'queued') return;
    const [job] = await runUntilSettled(db, reprinter, [r.print.jobs[0]?.id ?? ''], worker);
    expect(job?.state).toBe('done');
    expect(job?.reprint).toBe(1);
    expect(outputsOf(job?.id ?? '')).toHaveLength(1);
    const logged = db.prepare("SELECT operator, at, payload FROM events WHERE type = 'print.queued' AND json_extract(payload, '$.jobId') = ?").get(job?.id) as { operator: string; at: string; payload: string };
    expect(logged.operator).toBe('mihai');
    expect(JSON.parse(logged.payload)).toMatchObject({ reprint: 1, attendeeId: 'p1', kind: 'badge' });
    expect(getJob(db, job?.id ?? '')?.requestedBy).toBe('mihai at Desk P');
  });

  it('records the check-in even when the badge printer is missing, and says both', async () => {
    setDeskRules(db, ACTOR, { badgePrinter: 'foyer-t-no-such-printer' });
    const r = await checkInAndPrint(db, ACTOR, { target: { code: 'T-P3' }, day: DAY }, worker);
    expect(r.checkin.outcome).toBe('admitted');
    if (r.checkin.outcome !== 'admitted') return;
    expect(getCheckin(db, r.checkin.checkinId)?.attendeeId).toBe('p3');
    expect(r.print.status).toBe('error');
    if (r.print.status !== 'error') return;
    expect(r.print.message).toMatch(/foyer-t-no-such-printer.*does not exist/);
    // The job is kept (failed, retryable), not lost.
    expect(getJob(db, r.print.jobs[0]?.id ?? '')?.state).toBe('failed');
  });
});
