/**
 * The day the dashboard opens on: today while the event runs; before it, its first day (who is
 * expected); after it, or between two of its days, the latest day that has passed.
 */
export function defaultDashboardDay(days: readonly string[], today: string): string {
  if (days.length === 0 || days.includes(today)) return today;
  const past = days.filter((d) => d < today);
  return past.length > 0 ? (past[past.length - 1] as string) : (days[0] as string);
}
