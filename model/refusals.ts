// Why a door refuses someone: one list for the check-in rules, the contract and the screens,
// which translate each code (the server's English message is never shown in another language).
export const REFUSAL_REASONS = [
  'cancelled', 'blocked', 'not-entitled', 'not-event-day', 'unknown-code', 'forged', 'no-event', 'not-yet-valid', 'no-longer-valid',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];
