import type { Db } from '../../db/open.ts';
import { readEvent } from '../../db/queries/event.ts';
import { createDemoEvent } from '../demo/seed.ts';
import type { Actor } from '../events/envelope.ts';

/** A first start has no event: open the demo event so that every screen has something real to show. */
export function ensureEvent(db: Db, actor: Actor): { demo: boolean; name: string } {
  const existing = readEvent(db);
  if (existing) return { demo: false, name: existing.settings.name };
  return { demo: true, name: createDemoEvent(db, actor).name };
}
