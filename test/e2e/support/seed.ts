import { fileURLToPath } from 'node:url';

export const ROSTER = fileURLToPath(new URL('../../fixtures/e2e-roster.csv', import.meta.url));
export const TIME_ZONE = 'Europe/Bucharest';

/** The day `days` from today at the venue (YYYY-MM-DD). */
export const dayPlus = (days: number): string => {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
};

/** A three-day event that starts today at the venue, with the six people of the e2e roster. */
export function seedEvent(cli: (args: readonly string[]) => unknown): void {
  cli(['event', 'create', '--name', 'European Cluster Conference', '--venue', 'Palace of Parliament, Bucharest', '--start', dayPlus(0), '--end', dayPlus(2), '--time-zone', TIME_ZONE]);
  cli(['import', ROSTER]);
}

/** seedEvent, then these ticket codes checked in today. */
export const seedWithCheckins = (codes: readonly string[]) => (cli: (args: readonly string[]) => unknown): void => {
  seedEvent(cli);
  for (const code of codes) cli(['checkin', code]);
};
