import { describe, expect, it } from 'vitest';
import { UnreadableEventError, venueKeys } from '../../../main/sync/venue-secret.ts';

const event = JSON.stringify({ id: 'e1', type: 'attendees.imported', payload: { rows: [{ fields: { displayName: 'Małgorzata Bieńkowska' } }] } });

describe('the venue secret', () => {
  const keys = venueKeys('5f3a9c0e1d2b4a6f8e7d6c5b4a392817');

  it('seals an event so that its text does not show, and opens it again', () => {
    const sealed = keys.seal(event);
    expect(Buffer.from(sealed).toString('latin1')).not.toContain('Bie');
    expect(Buffer.from(sealed).includes(Buffer.from('attendees.imported'))).toBe(false);
    expect(keys.open(sealed)).toBe(event);
    // A fresh nonce each time: the same event never seals to the same bytes.
    expect(Buffer.from(keys.seal(event)).equals(Buffer.from(sealed))).toBe(false);
  });

  it('refuses an altered message, another venue\'s message and plain JSON', () => {
    const sealed = Buffer.from(keys.seal(event));
    const altered = Buffer.from(sealed);
    altered[20] = (altered[20] as number) ^ 1;
    expect(() => keys.open(altered)).toThrow(UnreadableEventError);
    expect(() => venueKeys('another venue token').open(sealed)).toThrow(UnreadableEventError);
    expect(() => keys.open(Buffer.from(event))).toThrow(UnreadableEventError);
    expect(() => keys.open(new Uint8Array(0))).toThrow(UnreadableEventError);
  });

  it('gives nats-server a token that is not the secret, the same on every machine', () => {
    expect(keys.authToken).toMatch(/^[0-9a-f]{64}$/);
    expect(keys.authToken).not.toContain('5f3a9c0e1d2b4a6f8e7d6c5b4a392817');
    expect(venueKeys('5f3a9c0e1d2b4a6f8e7d6c5b4a392817').authToken).toBe(keys.authToken);
    expect(venueKeys('another venue token').authToken).not.toBe(keys.authToken);
  });
});
