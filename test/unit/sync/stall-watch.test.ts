import { describe, expect, it } from 'vitest';
import { makeStallWatch } from '../../../main/sync/stall-watch.ts';

describe('stall watch', () => {
  it('calls a consumer stalled once the stream holds newer events and none arrived for the whole delay', () => {
    const watch = makeStallWatch(5_000);
    watch.restart(10, 0);
    expect(watch.stalled(12, 10, 3_000)).toBe(false);
    expect(watch.stalled(12, 10, 4_999)).toBe(false);
    expect(watch.stalled(12, 10, 5_000)).toBe(true);
  });

  it('keeps a consumer that is up to date or still delivering, however long it runs', () => {
    const watch = makeStallWatch(5_000);
    watch.restart(0, 0);
    // Idle: nothing new in the stream.
    expect(watch.stalled(0, 0, 60_000)).toBe(false);
    // A long catch-up: behind at every look, but moving.
    for (let t = 1; t <= 10; t++) expect(watch.stalled(1_000_000, t * 1_000, 60_000 + t * 3_000)).toBe(false);
    // Caught up: new events later are judged from the last look, not from the last arrival.
    expect(watch.stalled(20_000, 20_000, 100_000)).toBe(false);
    expect(watch.stalled(20_003, 20_000, 103_000)).toBe(false);
    expect(watch.stalled(20_003, 20_000, 106_000)).toBe(true);
  });

  it('gives a new consumer the whole delay again', () => {
    const watch = makeStallWatch(5_000);
    watch.restart(7, 0);
    expect(watch.stalled(9, 7, 6_000)).toBe(true);
    watch.restart(7, 6_000);
    expect(watch.stalled(9, 7, 9_000)).toBe(false);
    expect(watch.stalled(9, 8, 12_000)).toBe(false);
    expect(watch.stalled(9, 8, 16_999)).toBe(false);
    expect(watch.stalled(9, 8, 17_000)).toBe(true);
  });
});
