import { describe, expect, it } from 'vitest';
import { makeLossGate } from '../../../main/sync/loss-gate.ts';

describe('loss gate', () => {
  it('believes a loss only once it has looked so for the whole delay', () => {
    const gate = makeLossGate(5_000);
    expect(gate.believe(true, 0)).toBe(false);
    expect(gate.suspecting()).toBe(true);
    expect(gate.believe(true, 3_000)).toBe(false);
    expect(gate.believe(true, 6_000)).toBe(true);
    expect(gate.suspecting()).toBe(false);
  });

  it('forgets a loss seen for a moment (a hub just elected, still catching up)', () => {
    const gate = makeLossGate(5_000);
    expect(gate.believe(true, 0)).toBe(false);
    expect(gate.believe(false, 3_000)).toBe(false);
    expect(gate.suspecting()).toBe(false);
    // Seen again later: the delay starts over.
    expect(gate.believe(true, 6_000)).toBe(false);
    expect(gate.believe(true, 10_999)).toBe(false);
    expect(gate.believe(true, 11_000)).toBe(true);
  });
});
