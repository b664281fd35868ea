import type { Db } from '../../db/open.ts';
import { readConference } from '../../db/queries/conference.ts';
import { createDemoEvent } from '../demo/seed.ts';
import type { Actor } from '../events/envelope.ts';

/** A first start has no event: open the demo event so that every screen has something real to show. */
export function ensureConference(db: Db, actor: Actor): { demo: boolean; name: string } {
  const existing = readConference(db);
  if (existing) return { demo: false, name: existing.settings.name };
  return { demo: true, name: createDemoEvent(db, actor).name };
}
