import { describe, expect, it } from 'vitest';
import { typedBefore, WedgeBurst } from '../../../renderer/screens/Desk/wedge.ts';

const type = (burst: WedgeBurst, text: string, start: number, gap: number): number => {
  let t = start;
  for (const ch of text) {
    burst.key(ch, t);
    t += gap;
  }
  return t - gap;
};

describe('keyboard-wedge bursts', () => {
  it('keys < 30 ms apart ending in Enter are a scan', () => {
    const b = new WedgeBurst();
    const last = type(b, 'T-1002', 1000, 4);
    expect(b.end(last + 5)).toEqual({ code: 'T-1002' });
  });

  it('a person typing (60 ms and more per key) is not a scan', () => {
    const b = new WedgeBurst();
    const last = type(b, 'wasberg', 1000, 60);
    expect(b.end(last + 80)).toBeNull();
  });

  it('a scan after typed text is the burst only, and the typed text is what was before it', () => {
    const b = new WedgeBurst();
    const typedEnd = type(b, 'tomasz', 1000, 120);
    const last = type(b, 'T-1004', typedEnd + 400, 3);
    expect(b.end(last + 3)).toEqual({ code: 'T-1004' });
    expect(typedBefore('tomaszT-1004', 'T-1004')).toBe('tomasz');
  });

  it('two bursts 30-60 ms apart are two scans, never one', () => {
    const b = new WedgeBurst();
    let last = type(b, 'T-1001', 1000, 5);
    expect(b.end(last + 5)).toEqual({ code: 'T-1001' });
    last = type(b, 'T-1002', last + 5 + 45, 5);
    expect(b.end(last + 5)).toEqual({ code: 'T-1002' });
  });

  it('a pause ≥ 30 ms inside a code splits it; a short burst is no scan', () => {
    const b = new WedgeBurst();
    const mid = type(b, 'T-10', 1000, 5);
    const last = type(b, '02', mid + 40, 5);
    expect(b.end(last + 5)).toBeNull();
    expect(b.active(last + 100)).toBe(false);
  });
});
