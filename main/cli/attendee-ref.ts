import type { Db } from '../../db/open.ts';
import { attendeeIdByCode, getAttendee } from '../../db/queries/attendees.ts';
import { InputError } from '../errors.ts';

/** The attendee a command argument names: a ticket code first, else an attendee id. */
export function attendeeIdFor(db: Db, ref: string): string {
  const code = ref.trim();
  const id = attendeeIdByCode(db, code) ?? (getAttendee(db, code) ? code : undefined);
  if (!id) throw new InputError(`No attendee with ticket code or id "${code}".`);
  return id;
}
