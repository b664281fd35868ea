import { type AttendeeFields, FIELD_NAMES } from '../../model/attendee.ts';

/** Per field: the event key that last set it and whether a desk (not an import) set it. */
export type FieldClock = Partial<Record<keyof AttendeeFields, [key: string, byDesk: 0 | 1]>>;

// A field clock stamps every field with the event that set it, and an import sets all its fields
// with one event: stored naively that is the same 60-byte key fourteen times per person. Stored
// here as each distinct stamp once plus, per field (in FIELD_NAMES order), the index of its stamp
// or -1 when never set. The encoding is canonical, so equal clocks give equal text on every desk.

interface Stored {
  readonly s: [key: string, byDesk: 0 | 1][];
  readonly f: number[];
}

export function encodeFieldClock(clock: FieldClock): string {
  const stamps: [string, 0 | 1][] = [];
  const f = FIELD_NAMES.map((name) => {
    const stamp = clock[name];
    if (!stamp) return -1;
    const at = stamps.findIndex(([k, d]) => k === stamp[0] && d === stamp[1]);
    if (at >= 0) return at;
    stamps.push([stamp[0], stamp[1]]);
    return stamps.length - 1;
  });
  return JSON.stringify({ s: stamps, f } satisfies Stored);
}

export function decodeFieldClock(text: string): FieldClock {
  const stored = JSON.parse(text) as Stored | Record<string, never>;
  const clock: FieldClock = {};
  if (!('f' in stored)) return clock;
  FIELD_NAMES.forEach((name, i) => {
    const stamp = stored.s[stored.f[i] ?? -1];
    if (stamp) clock[name] = [stamp[0], stamp[1]];
  });
  return clock;
}
