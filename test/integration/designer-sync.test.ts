import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open.ts';
import { renderBadgePdf } from '../../main/badges/render-badge.ts';
import { blankTemplate } from '../../model/badge-elements.ts';
import { startSync, type SyncHandle } from '../../main/sync/sync-service.ts';
import { checkImage, MAX_IMAGE_BYTES } from '../../main/templates/check-file.ts';
import { saveTemplate, storeAsset } from '../../main/templates/store.ts';
import { openDesk, seedEvent, tempDir, waitFor } from './sync/desks.ts';
import { startNats, type TestNats } from './sync/nats-server.ts';

// A template designed at one desk, with a logo of almost 2 MB, reaches another desk through a real
// nats-server (whose messages are limited to 1 MB) and prints there.

/** A valid PNG of about `bytes` bytes: random pixels, so deflate cannot shrink it. */
function noisyPng(bytes: number): Buffer {
  const width = 512;
  const height = Math.floor(bytes / (width * 3));
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) randomBytes(width * 3).copy(raw, y * (width * 3 + 1) + 1);
  const chunk = (type: string, data: Buffer): Buffer => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    // CRC is not checked by the readers used here; zeros keep the helper short.
    return Buffer.concat([len, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 0 })), chunk('IEND', Buffer.alloc(0))]);
}

describe('a designed template between desks over a real nats-server', () => {
  let nats: TestNats;
  let dir: string;
  const open: { db: Db; sync: SyncHandle }[] = [];

  beforeAll(async () => {
    nats = await startNats();
    dir = tempDir();
  });
  afterAll(async () => {
    for (const d of open) {
      await d.sync.stop();
      d.db.close();
    }
    await nats.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('arrives whole, logo included, and prints the same', async () => {
    const a = openDesk(dir, 'Desk A');
    seedEvent(a, { desk: 'Desk A', operator: 'ana' }, 3);
    const png = noisyPng(MAX_IMAGE_BYTES - 100_000);
    expect(png.length).toBeGreaterThan(1_500_000);
    const logo = storeAsset(a, { desk: 'Desk A', operator: 'ana' }, png, { kind: 'image', mime: checkImage(png, 'logo.png'), name: 'logo.png' });
    saveTemplate(a, { desk: 'Desk A', operator: 'ana' }, {
      ...blankTemplate('venue-badge', { width: 90, height: 60 }),
      elements: [
        { id: 'logo', kind: 'logo', image: logo, x: 2, y: 2, width: 30, height: 15 },
        { id: 'name', kind: 'name', x: 2, y: 20, width: 86, height: 12, font: 'bold', size: 18, minSize: 10, maxLines: 1, align: 'center', valign: 'middle', uppercase: false },
      ],
    });
    const b = openDesk(dir, 'Desk B');
    open.push({ db: a, sync: startSync(a, { servers: [nats.url], desk: 'Desk A', stream: 'FOYERTEST' }) });
    open.push({ db: b, sync: startSync(b, { servers: [nats.url], desk: 'Desk B', stream: 'FOYERTEST' }) });
    await waitFor(() => (b.prepare("SELECT count(*) FROM badge_templates WHERE name = 'venue-badge'").pluck().get() as number) === 1
      && (b.prepare('SELECT count(*) FROM template_assets WHERE bytes IS NOT NULL').pluck().get() as number) === 1,
    () => `desk B has ${String(b.prepare('SELECT count(*) FROM events').pluck().get())} events; failures: ${JSON.stringify(b.prepare('SELECT * FROM sync_failures').all())}`, 60_000);
    const pdfA = await renderBadgePdf(a, 'a1', 'venue-badge');
    const pdfB = await renderBadgePdf(b, 'a1', 'venue-badge');
    expect(pdfB.toString('latin1')).toContain('/Subtype /Image');
    expect(Math.abs(pdfB.length - pdfA.length)).toBeLessThan(200); // same content; only dates and ids differ
  });
});
