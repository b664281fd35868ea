import { describe, expect, it } from 'vitest';
import { dayIn, timeIn, zonedToUtc } from '../../model/dates.ts';

describe('days and times in the event time zone', () => {
  // 22:30 UTC on 13 May 2019: already the 14th in Bucharest (UTC+3), still the 13th in Lisbon (UTC+1).
  const instant = new Date('2019-05-13T22:30:00Z');

  it('gives each zone its own day and time, whatever zone was asked before', () => {
    expect(dayIn('Europe/Bucharest', instant)).toBe('2019-05-14');
    expect(dayIn('Europe/Lisbon', instant)).toBe('2019-05-13');
    expect(dayIn('Europe/Bucharest', instant)).toBe('2019-05-14');
    expect(timeIn('Europe/Bucharest', instant)).toBe('01:30');
    expect(timeIn('Europe/Lisbon', '2019-05-13T22:30:00Z')).toBe('23:30');
    expect(timeIn('Asia/Kolkata', instant)).toBe('04:00');
  });

  it('refuses a zone that does not exist, every time', () => {
    expect(() => dayIn('Europe/Atlantis', instant)).toThrow(RangeError);
    expect(() => dayIn('Europe/Atlantis', instant)).toThrow(RangeError);
  });

  it('turns a wall-clock time back into the instant, across a change of summer time', () => {
    expect(zonedToUtc('2019-03-31', '02:30', 'Europe/Bucharest').toISOString()).toBe('2019-03-31T00:30:00.000Z');
    expect(zonedToUtc('2019-03-31', '05:00', 'Europe/Bucharest').toISOString()).toBe('2019-03-31T02:00:00.000Z');
  });
});
