// Building an Intl.DateTimeFormat costs ~0.1 ms, more than the whole rest of a check-in: one
// formatter per time zone, made once. An event has one zone, so the maps stay tiny.
const formatters = (options: Intl.DateTimeFormatOptions, locale: string): ((timeZone: string) => Intl.DateTimeFormat) => {
  const byZone = new Map<string, Intl.DateTimeFormat>();
  return (timeZone) => {
    let format = byZone.get(timeZone);
    if (!format) {
      format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
      byZone.set(timeZone, format);
    }
    return format;
  };
};
const dayFormat = formatters({ year: 'numeric', month: '2-digit', day: '2-digit' }, 'en-CA');
const timeFormat = formatters({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, 'en-GB');

/** The calendar day (YYYY-MM-DD) of an instant in a time zone. */
export function dayIn(timeZone: string, at: Date = new Date()): string {
  return dayFormat(timeZone).format(at);
}

/** Hours and minutes (HH:MM, 24 h) of an instant in a time zone. */
export function timeIn(timeZone: string, at: Date | string): string {
  return timeFormat(timeZone).format(typeof at === 'string' ? new Date(at) : at);
}

/** The UTC instant of a wall-clock time (HH:MM) on a day in a time zone (DST-aware). */
export function zonedToUtc(day: string, hhmm: string, timeZone: string): Date {
  const asUtc = new Date(`${day}T${hhmm}:00Z`);
  // The zone's offset at that moment: format the instant in the zone and read it back as UTC.
  const offsetAt = (d: Date): number => {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    }).formatToParts(d);
    const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '00';
    const wall = Date.UTC(+get('year'), +get('month') - 1, +get('day'), +get('hour'), +get('minute'));
    return wall - Math.floor(d.getTime() / 60000) * 60000;
  };
  const first = new Date(asUtc.getTime() - offsetAt(asUtc));
  return new Date(asUtc.getTime() - offsetAt(first));
}
