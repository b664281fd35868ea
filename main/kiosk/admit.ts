import type { Db } from '../../db/open.ts';
import { getAttendee, type StoredAttendee } from '../../db/queries/attendees.ts';
import { printAdmission } from '../checkin/check-in-and-print.ts';
import { checkIn, type CheckinResult } from '../checkin/checkin.ts';
import { resolveCode } from '../checkin/resolve.ts';
import type { Actor } from '../events/envelope.ts';
import { onCheckin, type PrintOutcome } from '../print/desk-rules.ts';
import { type HelpFlag, raiseHelp } from './help.ts';
import { kioskActor, kioskPrintActor } from './station.ts';

// A check-in at the self-service kiosk, once the person proved who they are (a scan, or the e-mail
// question). Someone staff must see (flagged for attention, or refused: cancelled, blocked, not
// valid today) is not let in by the kiosk: they are sent to the desk and a help request naming
// them is raised, so the staff expect them.

export type KioskAdmission =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'desk'; readonly attendee: StoredAttendee; readonly why: string; readonly help: HelpFlag }
  | { readonly kind: 'checked'; readonly checkin: Exclude<CheckinResult, { outcome: 'refused' | 'attention' }>; readonly print: PrintOutcome };

/** Whether staff must see this person first (issue 15 §3; the desk's own confirmation flow handles it there). */
const needsStaff = (a: StoredAttendee): string | null => {
  if (!a.attention) return null;
  const note = a.attentionNote ?? a.notes;
  return `flagged for attention${note ? ` (${note})` : ''}`;
};

function sendToDesk(db: Db, actor: Actor, attendee: StoredAttendee, why: string, now: Date): KioskAdmission {
  const help = raiseHelp(db, actor, actor.desk, `${attendee.displayName} was sent to the desk: ${why}.`, now);
  return { kind: 'desk', attendee, why, help };
}

export function kioskAdmit(db: Db, host: Actor, target: { code: string } | { attendeeId: string }, now: Date): KioskAdmission {
  const actor = kioskActor(host);
  let attendee: StoredAttendee | undefined;
  if ('code' in target) {
    const r = resolveCode(db, target.code);
    if (r.kind !== 'found') return { kind: 'unknown' };
    attendee = getAttendee(db, r.attendeeId);
  } else {
    attendee = getAttendee(db, target.attendeeId);
  }
  if (!attendee) return { kind: 'unknown' };
  const staffFirst = needsStaff(attendee);
  if (staffFirst) return sendToDesk(db, actor, attendee, staffFirst, now);
  const checkin = checkIn(db, actor, { target, now });
  // Refused, or flagged for attention after all (an edit between the two reads): staff handle it.
  if (checkin.outcome === 'refused' || checkin.outcome === 'attention') return sendToDesk(db, actor, attendee, checkin.message.replace(/\.$/, ''), now);
  const print = onCheckin(db, kioskPrintActor(db, host), printAdmission(checkin));
  return { kind: 'checked', checkin, print };
}
