import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { renderBadgePdf } from '../../../main/badges/render-badge.ts';
import { signBadgeToken, verifyBadgeToken } from '../../../main/badges/token.ts';
import { checkIn } from '../../../main/checkin/checkin.ts';
import { readConference } from '../../../db/queries/conference.ts';
import { actor, badgeDb, pdfToPng, tempDir } from './fixture.ts';

const DAY = '2019-05-14';
// jsqr's types describe an ES module, but Node loads its CommonJS build, whose export is the function itself.
const jsQR = jsQRModule as unknown as typeof jsQRModule.default;

function readQr(pngPath: string): string {
  const png = PNG.sync.read(readFileSync(pngPath));
  const code = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
  if (!code) throw new Error(`no QR code found in ${pngPath}`);
  return code.data;
}

/** The token with one character replaced by another character of the same alphabet. */
function alter(token: string, at: number): string {
  const c = token[at] as string;
  const other = c === 'A' ? 'B' : c === '.' ? 'A' : 'A';
  return token.slice(0, at) + other + token.slice(at + 1);
}

describe('signed badge QR', () => {

  it('is drawn as vector paths, not an image', async () => {
    const db = badgeDb();
    const pdf = (await renderBadgePdf(db, 'p-cosnita', 'a6-portrait')).toString('latin1');
    expect(pdf).not.toContain('/Subtype /Image');
  });

  it('scans from the printed page and checks the person in; one changed character is refused as forged', async () => {
    const dir = tempDir('qr');
    const db = badgeDb(dir);
    const png = pdfToPng(await renderBadgePdf(db, 'p-capitanu', 'a6-portrait'), join(dir, 'badge'), 150);
    const token = readQr(png);
    expect(token).toMatch(/^F1S\./);

    const forged = alter(token, Math.floor(token.length / 2));
    const r0 = checkIn(db, actor, { target: { code: forged }, day: DAY });
    expect(r0).toMatchObject({ outcome: 'refused', reason: 'forged' });

    const r = checkIn(db, actor, { target: { code: token }, day: DAY });
    expect(r.outcome).toBe('admitted');
    expect(r.attendee?.displayName).toBe('Ana-Maria Căpitanu');
    const row = db.prepare('SELECT method, code FROM checkins WHERE attendee_id = ?').get('p-capitanu');
    expect(row).toEqual({ method: 'badge', code: token });
    expect(checkIn(db, actor, { target: { code: token }, day: '2019-05-15' }).outcome).toBe('admitted');
  });

  it('refuses a change in any position of the token', () => {
    const db = badgeDb();
    const key = readConference(db)?.signingKey;
    if (!key) throw new Error('no key');
    const token = signBadgeToken(key.privateKey, '0c9a4c3e-2f4b-4a51-9d1e-5b7c2a9e8f10');
    expect(verifyBadgeToken(key.publicKey, token)).toEqual({ ok: true, attendeeId: '0c9a4c3e-2f4b-4a51-9d1e-5b7c2a9e8f10' });
    for (let i = 0; i < token.length; i++) {
      if (token[i] === '.') continue;
      expect(verifyBadgeToken(key.publicKey, alter(token, i)).ok, `position ${i}`).toBe(false);
    }
    // The last character carries unused bits: a spelling that differs only there is still refused.
    const last = token.at(-1) as string;
    const sibling = String.fromCharCode(last.charCodeAt(0) ^ 1);
    expect(verifyBadgeToken(key.publicKey, token.slice(0, -1) + sibling).ok).toBe(false);
    // Lower case is not the same token.
    expect(verifyBadgeToken(key.publicKey, token.toLowerCase()).ok).toBe(false);
  });

  it("refuses a badge signed with another event's key as forged", async () => {
    const ours = badgeDb(tempDir('ours'));
    const theirs = badgeDb(tempDir('theirs'), 'Clusters meet Regions 2023');
    const theirKey = readConference(theirs)?.signingKey;
    if (!theirKey) throw new Error('no key');
    const token = signBadgeToken(theirKey.privateKey, 'p-kadar');
    const r = checkIn(ours, actor, { target: { code: token }, day: DAY });
    expect(r).toMatchObject({ outcome: 'refused', reason: 'forged' });
    expect(ours.prepare('SELECT count(*) FROM checkins').pluck().get()).toBe(0);
    // Ticket codes still work next to badge tokens.
    expect(checkIn(ours, actor, { target: { code: 't-004' }, day: DAY }).outcome).toBe('admitted');
  });
});
