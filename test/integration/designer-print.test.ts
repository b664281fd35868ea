import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open.ts';
import { blankTemplate } from '../../model/badge-elements.ts';
import { apply } from '../../main/events/apply.ts';
import { newEvent } from '../../main/events/envelope.ts';
import { checkInAndPrint } from '../../main/checkin/check-in-and-print.ts';
import { setDeskRules } from '../../main/print/desk-rules.ts';
import { documentRenderers } from '../../main/print/renderers.ts';
import { runUntilSettled } from '../../main/print/worker.ts';
import { saveTemplate } from '../../main/templates/store.ts';
import { ACTOR, DAY, deleteQueue, newQueue, outputsOf, pageSize, pdfText, seededDb, skipWithoutCups } from './print/cups-helpers.ts';

// A template made in the designer prints through the real CUPS queue at its own page size, and a
// desk's choice of template for a category is the one its badges print in.

const worker = { renderers: documentRenderers };
const MM = 72 / 25.4;

function designed(name: string, size: { width: number; height: number }) {
  return {
    ...blankTemplate(name, size),
    elements: [
      { id: 'band', kind: 'band' as const, x: 0, y: 0, width: size.width, height: 10 },
      { id: 'name', kind: 'name' as const, x: 4, y: 12, width: size.width - 8, height: 16, font: 'bold', size: 20, minSize: 10, maxLines: 2, align: 'center' as const, valign: 'middle' as const, uppercase: false },
      { id: 'qr', kind: 'qr' as const, x: size.width - 26, y: size.height - 26, width: 24, height: 24 },
    ],
  };
}

describe.skipIf(skipWithoutCups)('a designed badge through the real CUPS queue', () => {
  let db: Db;
  let queue: string;
  beforeAll(() => {
    db = seededDb();
    queue = newQueue();
    saveTemplate(db, ACTOR, designed('designed-card', { width: 90, height: 60 }));
    saveTemplate(db, ACTOR, designed('designed-tall', { width: 80, height: 120 }));
  });
  afterAll(() => deleteQueue(queue));

  it('prints at the template page size, in the template chosen for the person\'s category', async () => {
    setDeskRules(db, ACTOR, { badgePrinter: queue, badgeTemplate: 'designed-card' });
    // Speakers at this desk get the tall design; everyone else the desk's template.
    apply(db, newEvent(ACTOR, 'templates.category-chosen', { desk: ACTOR.desk, category: 'speaker', template: 'designed-tall' }));
    db.prepare("UPDATE attendees SET category = 'speaker' WHERE id = 'p2'").run();
    for (const [code, name, size] of [['T-P1', 'Ioana Căpitanu', { width: 90, height: 60 }], ['T-P2', 'Bieńkowska', { width: 80, height: 120 }]] as const) {
      const r = await checkInAndPrint(db, ACTOR, { target: { code }, day: DAY }, worker);
      expect(r.print.status).toBe('queued');
      if (r.print.status !== 'queued') return;
      const [job] = await runUntilSettled(db, ACTOR, r.print.jobs.map((j) => j.id), worker);
      expect(job?.state, job?.lastError ?? '').toBe('done');
      const files = outputsOf(job?.id ?? '');
      expect(files).toHaveLength(1);
      const got = pageSize(files[0] as string);
      expect(got.width).toBeCloseTo(size.width * MM, -0.3);
      expect(got.height).toBeCloseTo(size.height * MM, -0.3);
      expect(pdfText(files[0] as string)).toContain(name);
    }
  });
});
