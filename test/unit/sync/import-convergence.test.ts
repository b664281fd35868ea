import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/open.ts';
import { apply } from '../../../main/events/apply.ts';
import { type EventEnvelope, newEvent } from '../../../main/events/envelope.ts';
import { emptyFields } from '../../../model/attendee.ts';
import { eventWith, personNamed } from '../../helpers/db.ts';

// Two desks import updated exports at the same time: desk A's file still lists Ioana, desk B's
// (made a minute later) no longer does. Each desk applies its own import first and the other's
// when it arrives; both must end up saying the same thing about her. (Dated after the seed
// import, which happens now.)

const deskA = { desk: 'Desk A', operator: 'Radu' };
const deskB = { desk: 'Desk B', operator: 'Erik' };
const ioana = { id: 'p1', codes: ['CODE00001'], fields: { ...emptyFields('Ioana Cosnița'), organisation: 'Cluster Mobilier' } };

const importA: EventEnvelope[] = [
  newEvent(deskA, 'attendees.imported', { batchId: 'A', rows: [ioana] }, new Date('2030-05-14T07:00:00Z')),
  newEvent(deskA, 'import.completed', {
    batchId: 'A', fileName: 'a.csv', preset: 'generic', rowsTotal: 1, added: 0, updated: 1, missingIds: [], problems: [],
  }, new Date('2030-05-14T07:00:01Z')),
];
const importB: EventEnvelope[] = [
  newEvent(deskB, 'import.completed', {
    batchId: 'B', fileName: 'b.csv', preset: 'generic', rowsTotal: 1, added: 0, updated: 0, missingIds: ['p1'], problems: [],
  }, new Date('2030-05-14T07:01:00Z')),
];

const open: Db[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

const stateAfter = (events: readonly EventEnvelope[]): unknown => {
  const db = eventWith([personNamed(1, 'Ioana Cosnița')]);
  open.push(db);
  for (const e of events) apply(db, e, 'remote');
  return db.prepare("SELECT import_batch, missing_from_source FROM attendees WHERE id = 'p1'").get();
};

describe('two imports applied in different orders', () => {
  it('agree on the batch that last listed a person and on whether the latest file still does', () => {
    const aThenB = stateAfter([...importA, ...importB]);
    const bThenA = stateAfter([...importB, ...importA]);
    expect(aThenB).toEqual({ import_batch: 'A', missing_from_source: 1 });
    expect(bThenA).toEqual(aThenB);
  });

  it('lets any ranked import decide about someone imported before imports were ranked (migration 9)', () => {
    const db = eventWith([personNamed(1, 'Ioana Cosnița')]);
    open.push(db);
    db.exec('DELETE FROM import_order');
    for (const e of importB) apply(db, e, 'remote');
    expect(db.prepare("SELECT import_batch, missing_from_source FROM attendees WHERE id = 'p1'").get()).toEqual({ import_batch: 'test', missing_from_source: 1 });
  });

  it('lets a later file that lists the person again clear the mark, in either order', () => {
    const again = newEvent(deskA, 'attendees.imported', { batchId: 'C', rows: [ioana] }, new Date('2030-05-14T07:02:00Z'));
    const inOrder = stateAfter([...importB, again]);
    const late = stateAfter([again, ...importB]);
    expect(inOrder).toEqual({ import_batch: 'C', missing_from_source: 0 });
    expect(late).toEqual(inOrder);
  });
});
