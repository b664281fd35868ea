import type { Db } from '../../db/open.ts';
import { getDeskRules } from '../../db/queries/print-jobs.ts';
import type { Actor } from '../events/envelope.ts';

// A self-service check-in is the kiosk's, never the staff desk's: the log says which kiosk and
// that nobody on the staff did it. A Foyer running as a kiosk ("Kiosk 1") keeps its own name; a
// tablet paired to a staff desk ("Desk 1") checks people in as "Desk 1 kiosk".

export const SELF_SERVICE = 'self-service';

export function kioskActor(host: Actor): Actor {
  const desk = /kiosk/i.test(host.desk) ? host.desk : `${host.desk} kiosk`.slice(0, 100);
  return { desk, operator: SELF_SERVICE };
}

/** Whose print rules a kiosk follows: its own when it has some, else those of the desk that serves it. */
export function kioskPrintActor(db: Db, host: Actor): Actor {
  const kiosk = kioskActor(host);
  return getDeskRules(db, kiosk.desk) ? kiosk : { desk: host.desk, operator: SELF_SERVICE };
}
