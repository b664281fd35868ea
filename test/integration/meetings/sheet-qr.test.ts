import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { readConference } from '../../../db/queries/conference.ts';
import { signBadgeToken } from '../../../main/badges/token.ts';
import { matchmakingDb } from './fixture.ts';

// jsqr's types describe an ES module, but Node loads its CommonJS build, whose export is the function itself.
const jsQR = jsQRModule as unknown as typeof jsQRModule.default;
const FOYER = fileURLToPath(new URL('../../../bin/foyer.js', import.meta.url));
const DPI = 300;
const px = (mm: number): number => Math.round((mm / 25.4) * DPI);

/** Decodes the QR in a square of the page (mm from the top left), rendered by poppler at 300 dpi. */
function qrAt(pdf: string, xMm: number, yMm: number, sideMm: number, out: string): string | null {
  execFileSync('pdftoppm', ['-png', '-r', String(DPI), '-f', '1', '-l', '1', '-singlefile', '-x', String(px(xMm)), '-y', String(px(yMm)), '-W', String(px(sideMm)), '-H', String(px(sideMm)), pdf, out]);
  const png = PNG.sync.read(readFileSync(`${out}.png`));
  return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)?.data ?? null;
}

describe('the meeting code on the meeting sheet', () => {
  it('is read from the printed PDF and confirms the meeting once with `foyer meeting confirm`; an altered code is refused', async () => {
    const { db, dir } = await matchmakingDb();
    const foyer = (...args: string[]) => spawnSync(process.execPath, [FOYER, '--db', join(dir, 'foyer.sqlite'), '--desk', 'Matchmaking', ...args], { encoding: 'utf8' });
    const pdf = join(dir, 'kadar.pdf');
    expect(foyer('sheet', 'T-004', '-o', pdf).status).toBe(0);

    // Kádár's sheet: the day heading, then T1 (with its QR at the right edge), T2 declined, T5.
    // The QR column is 17 mm wide at the right margin (194 mm); the first meeting row starts at 58 mm.
    const code = qrAt(pdf, 174, 55, 24, join(dir, 'qr1'));
    expect(code).toMatch(/^F1M\./);
    const meetingT1 = db.prepare(`SELECT id FROM meetings WHERE location = 'T1'`).pluck().get();
    // The declined meeting's row carries no code.
    expect(qrAt(pdf, 175, 77.3, 18.5, join(dir, "qr2"))).toBeNull();

    const first = foyer('--json', 'meeting', 'confirm', code as string, '--place', 'Table 1');
    expect(first.status, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ kind: 'confirmed', meeting: { id: meetingT1, location: 'T1' }, held: { desk: 'Matchmaking', place: 'Table 1', method: 'code' } });
    const again = foyer('meeting', 'confirm', code as string);
    expect(again.status).toBe(3);
    expect(again.stdout).toContain('Already held');
    expect(db.prepare('SELECT count(*) FROM meeting_confirmations').pluck().get()).toBe(1);

    const at = (code as string).length - 20;
    const altered = `${(code as string).slice(0, at)}${(code as string)[at] === 'A' ? 'B' : 'A'}${(code as string).slice(at + 1)}`;
    const forged = foyer('meeting', 'confirm', altered);
    expect(forged.status).toBe(4);
    expect(forged.stdout).toContain('Meeting code not issued by this event');
    // A badge is not a meeting code, and a meeting code does not admit anyone at the front door.
    const badge = signBadgeToken(readConference(db)?.signingKey?.privateKey as string, 'p-kadar');
    expect(foyer('meeting', 'confirm', badge).status).toBe(4);
    expect(foyer('checkin', code as string, '--day', '2019-05-14').status).toBe(4);
  });
});
