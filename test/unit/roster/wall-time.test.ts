import { describe, expect, it } from 'vitest';
import { describeWallTime, outsideValidity } from '../../../main/checkin/validity.ts';
import { parseWallTime } from '../../../main/roster/wall-time.ts';

describe('dates as pretix writes them in each export language', () => {
  it.each([
    ['2026-05-14 09:00', '2026-05-14T09:00'], // English (pretix's own format)
    ['14.05.2026 09:00', '2026-05-14T09:00'], // German
    ['14/05/2026 09:00', '2026-05-14T09:00'], // French, Spanish, Italian…
    ['05/14/2026 9 a.m.', '2026-05-14T09:00'], // US English (Django's P: minutes only when not :00)
    ['05/14/2026 9:30 p.m.', '2026-05-14T21:30'],
    ['05/14/2026 noon', '2026-05-14T12:00'],
    ['2026-05-14T09:00:00Z', '2026-05-14T09:00'], // an XLSX date cell
    ['14-5-2026 09:00', '2026-05-14T09:00'], // Dutch
    ['14-05-2026  09:00', '2026-05-14T09:00'], // Polish (two spaces)
    ['14.05.2026, 09:00', '2026-05-14T09:00'], // Romanian
    ['14.05.2026 9:00', '2026-05-14T09:00'], // Czech
    ['14.5.2026 9.30', '2026-05-14T09:30'], // Finnish
    ['2026.05.14. 09:00', '2026-05-14T09:00'], // Hungarian
  ])('%s is %s at the venue', (cell, wall) => {
    expect(parseWallTime(cell)).toBe(wall);
  });

  it('reads a day alone as its first minute, or its last one for the end of a window', () => {
    expect(parseWallTime('2026-05-14')).toBe('2026-05-14T00:00');
    expect(parseWallTime('14.05.2026', true)).toBe('2026-05-14T23:59');
  });

  it.each([
    ['2026-05-14 06:00', '2026-05-14T09:00'], // summer, UTC+3
    ['14.05.2026, 15:00', '2026-05-14T18:00'],
    ['05/14/2026 6 a.m.', '2026-05-14T09:00'],
    ['26.11.2026 07:00', '2026-11-26T09:00'], // winter, UTC+2
    ['2026-03-29 01:00', '2026-03-29T04:00'], // the hour clocks go forward (03:00 → 04:00 local at 01:00 UTC)
    ['26.11.2026 22:30', '2026-11-27T00:30'], // the next day at the venue
  ])('%s written in UTC is %s in Bucharest', (cell, wall) => {
    expect(parseWallTime(cell, false, 'Europe/Bucharest')).toBe(wall);
  });

  it('reads a day alone written for UTC as the venue\'s day: it names no instant', () => {
    expect(parseWallTime('14.05.2026', true, 'Europe/Bucharest')).toBe('2026-05-14T23:59');
  });

  it.each(['31.02.2026 10:00', 'next Tuesday', '2026-05-14 25:00', '13/14/2026 9 a.m.'])('refuses %s', (cell) => {
    expect(parseWallTime(cell)).toBeUndefined();
  });
});

describe('the validity window, in the event time zone', () => {
  const window = { validFrom: '2026-05-14T09:00', validUntil: '2026-05-14T18:00' };
  it('compares the venue clock, not UTC', () => {
    // 08:30 in Bucharest is 05:30 UTC; in Lisbon the same instant is 06:30.
    expect(outsideValidity(window, 'Europe/Bucharest', new Date('2026-05-14T05:30:00Z'))?.reason).toBe('not-yet-valid');
    expect(outsideValidity(window, 'Europe/Bucharest', new Date('2026-05-14T06:00:00Z'))).toBeUndefined();
    expect(outsideValidity(window, 'Europe/Bucharest', new Date('2026-05-14T15:01:00Z'))?.message).toBe('Ticket valid until 14 May 18:00.');
    expect(outsideValidity(window, 'Europe/Lisbon', new Date('2026-05-14T16:30:00Z'))).toBeUndefined();
  });

  it('ends "valid until 18:00" at 18:00, as pretix does', () => {
    expect(outsideValidity(window, 'Europe/Bucharest', new Date('2026-05-14T14:59:59Z'))).toBeUndefined();
    expect(outsideValidity(window, 'Europe/Bucharest', new Date('2026-05-14T15:00:00Z'))?.reason).toBe('no-longer-valid');
  });

  it('says the time as a person reads it', () => {
    expect(describeWallTime('2026-12-01T07:05')).toBe('1 Dec 07:05');
  });
});
