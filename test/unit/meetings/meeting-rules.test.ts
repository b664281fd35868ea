import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signBadgeToken, verifyBadgeToken } from '../../../main/badges/token.ts';
import { meetingFieldOf } from '../../../main/meetings/columns.ts';
import { looksLikeMeetingCode, signMeetingCode, verifyMeetingCode } from '../../../main/meetings/meeting-code.ts';
import { meetingStatusOf, sectorTags } from '../../../main/meetings/status.ts';

const pair = () => generateKeyPairSync('ed25519', { publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });

describe('meeting status from the schedule export', () => {
  it('reads cancelled and declined meetings, in English, Romanian and Swedish, whatever the case', () => {
    for (const s of ['Cancelled', 'canceled', 'DECLINED', 'Rejected', 'withdrawn', 'Cancelled by participant', 'declined by requester', 'Anulată', 'respins', 'Inställd', 'avbokad'])
      expect(meetingStatusOf(s), s).toBe('cancelled');
    for (const s of ['', 'Accepted', 'confirmed', 'Scheduled', 'Pending', 'Confirmat', 'acceptată', 'Bekräftad', 'meeting confirmed'])
      expect(meetingStatusOf(s), s).toBe('scheduled');
  });

  it('does not guess an unknown word', () => {
    expect(meetingStatusOf('maybe')).toBeNull();
    expect(meetingStatusOf('tbc?')).toBeNull();
  });

  it('finds the status and sector columns, and splits sector tags', () => {
    expect(['Status', 'Meeting status', 'Stare', 'State'].map(meetingFieldOf)).toEqual(['status', 'status', 'status', 'status']);
    expect(['Sector', 'Sectors', 'Tags', 'Domeniu'].map(meetingFieldOf)).toEqual(['sectors', 'sectors', 'sectors', 'sectors']);
    expect(meetingFieldOf('Organisation A')).toBe('organisationA');
    expect(sectorTags('ICT; Health, ICT | Wood and Furniture')).toEqual(['ICT', 'Health', 'Wood and Furniture']);
  });
});

describe('meeting codes', () => {
  const key = pair();
  const id = 'm-3q2fXk0_aB-cdEfGhIjKlM';
  const code = signMeetingCode(key.privateKey, id);

  it('verify offline with the event key and carry the meeting id', () => {
    expect(code).toMatch(/^F1M\.[A-Z2-7]+\.[A-Z2-7]+$/);
    expect(looksLikeMeetingCode(code)).toBe(true);
    expect(verifyMeetingCode(key.publicKey, code)).toEqual({ ok: true, meetingId: id });
  });

  it('refuses every one-character change, and a code signed with another event\u2019s key', () => {
    for (let i = 4; i < code.length; i++) {
      if (code[i] === '.') continue;
      const altered = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
      expect(verifyMeetingCode(key.publicKey, altered).ok, `position ${i}`).toBe(false);
    }
    expect(verifyMeetingCode(pair().publicKey, code)).toEqual({ ok: false, reason: 'bad signature' });
  });

  it('is never a badge token, and a badge token is never a meeting code', () => {
    const badge = signBadgeToken(key.privateKey, id);
    expect(verifyBadgeToken(key.publicKey, badge)).toEqual({ ok: true, attendeeId: id });
    expect(verifyMeetingCode(key.publicKey, badge).ok).toBe(false);
    expect(verifyBadgeToken(key.publicKey, code).ok).toBe(false);
    // The same signature under the other kind letter does not verify either: the kind is signed.
    expect(verifyMeetingCode(key.publicKey, badge.replace(/^F1S/, 'F1M')).ok).toBe(false);
    expect(verifyBadgeToken(key.publicKey, code.replace(/^F1M/, 'F1S')).ok).toBe(false);
  });
});
