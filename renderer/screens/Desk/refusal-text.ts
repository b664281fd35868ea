import type { TFunction } from 'i18next';
import type { CheckinOutcome } from '../../api/methods.ts';
import { dayLabel } from '../../components/time.ts';

type Refused = Extract<CheckinOutcome, { outcome: 'refused' }>;

/**
 * A refusal in the screen's language, said once: the reason code is translated here, never the
 * core's English sentence. A reason this screen does not know yet falls back to a general line
 * (and, on an English screen only, to the core's own words).
 */
export function refusalText(t: TFunction, language: string, o: Refused): string {
  const days = o.attendee?.days?.map((d) => dayLabel(d, language)).join(', ') ?? '';
  const fallback = language === 'en' ? o.message : t('refusal.other');
  // A validity window is venue wall-clock time, "YYYY-MM-DDTHH:MM": the day in the screen's words.
  const wall = (w: string | null | undefined): string => (w ? `${dayLabel(w.slice(0, 10), language)} ${w.slice(11, 16)}` : '');
  return t(`refusal.${o.reason}`, { defaultValue: fallback, days, from: wall(o.attendee?.validFrom), until: wall(o.attendee?.validUntil) });
}
