/** "09:14" in the venue's time zone (the desk's clock may be set to anything). */
export function timeAt(iso: string, timeZone: string | undefined): string {
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
  } catch {
    return iso.slice(11, 16);
  }
}

/** "Tue 14 May" in the given language, for event days (YYYY-MM-DD). */
export function dayLabel(day: string, language: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  return new Intl.DateTimeFormat(language, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(date);
}

/** Today's date (YYYY-MM-DD) at the venue, whatever the device's own time zone; undefined for a zone the browser does not know. */
export function todayAt(timeZone: string | undefined, now: Date = new Date()): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  } catch {
    return undefined;
  }
}
