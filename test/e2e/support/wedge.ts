import type { CDPSession, Page } from 'playwright-core';

// A keyboard-wedge scanner, as the browser sees one: real (trusted) key events whose time stamps
// are a scanner's, a few milliseconds apart, whatever the test machine's load. playwright's
// keyboard.type waits for each key to be handled before sending the next, so on a busy machine its
// keys drift apart; a real scanner's keys carry the time the hardware sent them (CDP `timestamp`).

const VK: Record<string, number> = { '-': 189, ' ': 32, '.': 190, '/': 191, ':': 186, '_': 189 };
const virtualKey = (ch: string): number => VK[ch] ?? ch.toUpperCase().charCodeAt(0);

export interface Wedge {
  /** Types `text` then Enter (or Tab), `gapMs` apart; returns the time stamp (seconds) of the last key. */
  scan(text: string, options?: { gapMs?: number; end?: 'Enter' | 'Tab'; startAt?: number }): Promise<number>;
}

export async function wedgeFor(page: Page): Promise<Wedge> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const key = async (type: 'keyDown' | 'keyUp', k: string, timestamp: number): Promise<void> => {
    if (k === 'Enter' || k === 'Tab') {
      const vk = k === 'Enter' ? 13 : 9;
      await cdp.send('Input.dispatchKeyEvent', { type: type === 'keyDown' && k === 'Enter' ? 'keyDown' : type === 'keyDown' ? 'rawKeyDown' : 'keyUp', key: k, code: k, windowsVirtualKeyCode: vk, ...(k === 'Enter' && type === 'keyDown' ? { text: '\r' } : {}), timestamp });
      return;
    }
    const code = /[a-z]/i.test(k) ? `Key${k.toUpperCase()}` : /\d/.test(k) ? `Digit${k}` : k === ' ' ? 'Space' : k === '-' ? 'Minus' : '';
    await cdp.send('Input.dispatchKeyEvent', { type, key: k, code, windowsVirtualKeyCode: virtualKey(k), ...(type === 'keyDown' ? { text: k, unmodifiedText: k } : {}), timestamp });
  };
  return {
    async scan(text, { gapMs = 4, end = 'Enter', startAt } = {}) {
      let t = startAt ?? Date.now() / 1000;
      for (const ch of text) {
        await key('keyDown', ch, t);
        await key('keyUp', ch, t + 0.001);
        t += gapMs / 1000;
      }
      await key('keyDown', end, t);
      await key('keyUp', end, t + 0.001);
      return t;
    },
  };
}
