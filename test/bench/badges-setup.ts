import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../../db/open.ts';
import { createDemoEvent } from '../../main/demo/seed.ts';
import { apply } from '../../main/events/apply.ts';
import { newEvent } from '../../main/events/envelope.ts';
import { emptyFields } from '../../model/attendee.ts';

const actor = { desk: 'bench', operator: 'bench' };
const FAMILY = ['Căpitanu', 'Cosnița', 'Bieńkowska', 'Kádár', 'Лисенко', "Colonna d'Istria", 'Παπαδόπουλος', 'Wasberg', 'Constantinescu-Dumitrescu'];
const GIVEN = ['Ana-Maria', 'Ioana', 'Małgorzata', 'Zoltán', 'Олена', 'Jean-Baptiste', 'Γιώργος', 'Erik', 'Maria-Magdalena'];
const CATEGORIES = ['participant', 'speaker', 'organiser', 'press', 'staff', 'vip', 'exhibitor'];

/** The demo event (450 people, 369 meetings) plus generated people up to `total` badges to print; returns the file. */
export function createBenchDb(total = 1000): string {
  const path = join(mkdtempSync(join(tmpdir(), 'foyer-bench-badges-')), 'bench.sqlite');
  const db = openDb(path);
  createDemoEvent(db, actor, '2019-05-14');
  const have = db.prepare(`SELECT count(*) FROM attendees WHERE status = 'active'`).pluck().get() as number;
  const rows = Array.from({ length: Math.max(0, total - have) }, (_, i) => ({
    id: `bench-${i}`,
    codes: [`B-${i}`],
    fields: {
      ...emptyFields(`${GIVEN[i % GIVEN.length]} ${FAMILY[(i * 7) % FAMILY.length]}`),
      organisation: `Cluster of Innovation and Technology Transfer ${i}`,
      jobTitle: 'Cluster manager',
      country: ['RO', 'PL', 'HU', 'UA', 'FR', 'GR', 'SE'][i % 7] as string,
      category: CATEGORIES[i % CATEGORIES.length] as string,
    },
  }));
  apply(db, newEvent(actor, 'attendees.imported', { batchId: 'bench', rows }));
  db.close();
  return path;
}
