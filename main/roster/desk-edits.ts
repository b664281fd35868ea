import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/open.ts';
import { attendeeIdByCode, getAttendee, type StoredAttendee } from '../../db/queries/attendees.ts';
import { InputError } from '../errors.ts';
import { apply } from '../events/apply.ts';
import { type Actor, newEvent } from '../events/envelope.ts';
import { type AttendeeFields, composeDisplayName, emptyFields } from '../../model/attendee.ts';

/**
 * A ticket code opens the door for one person: giving someone a code that is another person's
 * would let either in on it, so it is refused with the owner's name (the desk decides, not a
 * silent drop).
 */
function assertCodesFree(db: Db, codes: readonly string[], owner: string | null): void {
  for (const code of codes) {
    const holder = attendeeIdByCode(db, code.trim());
    if (holder && holder !== owner) {
      const name = getAttendee(db, holder)?.displayName ?? holder;
      throw new InputError(`The code "${code.trim()}" already belongs to ${name}: a code opens the door for one person only.`);
    }
  }
}

/** Corrects an attendee at the desk (edit before print); desk edits win over later imports. */
export function editAttendee(
  db: Db,
  actor: Actor,
  id: string,
  patch: Partial<AttendeeFields>,
  addCodes: readonly string[] = [],
): StoredAttendee {
  return db
    .transaction(() => {
      const current = getAttendee(db, id);
      if (!current) throw new InputError(`No attendee with id ${id}.`);
      assertCodesFree(db, addCodes, id);
      const named = patch.firstName !== undefined || patch.familyName !== undefined;
      const full = { ...patch };
      // Keep the printed name in step with its parts unless the caller set it explicitly.
      if (named && patch.displayName === undefined) {
        full.displayName = composeDisplayName(patch.firstName ?? current.firstName, patch.familyName ?? current.familyName) || current.displayName;
      }
      apply(db, newEvent(actor, 'attendee.edited', { attendeeId: id, patch: full, ...(addCodes.length ? { addCodes: [...addCodes] } : {}) }));
      return getAttendee(db, id) as StoredAttendee;
    })
    .immediate();
}

export type WalkIn = Partial<AttendeeFields> & { readonly firstName: string; readonly familyName: string };

/** Registers someone who is not on the roster (source "walk-in"). */
export function addWalkIn(db: Db, actor: Actor, walkIn: WalkIn, codes: readonly string[] = []): StoredAttendee {
  const displayName = walkIn.displayName || composeDisplayName(walkIn.firstName, walkIn.familyName);
  if (!displayName) throw new InputError('A walk-in needs a first or family name.');
  const id = `walkin-${randomUUID()}`;
  const fields: AttendeeFields = { ...emptyFields(displayName), ...walkIn, displayName };
  return db
    .transaction(() => {
      assertCodesFree(db, codes, null);
      apply(db, newEvent(actor, 'attendee.added', { id, codes: [...codes], fields, source: 'walk-in' }));
      return getAttendee(db, id) as StoredAttendee;
    })
    .immediate();
}
