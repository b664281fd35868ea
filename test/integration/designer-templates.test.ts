import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/open.ts';
import { createBadgeDocument, toBuffer } from '../../main/badges/badge-document.ts';
import { loadBadgeData } from '../../main/badges/badge-data.ts';
import { FONTS_DIR } from '../../main/badges/fonts.ts';
import { renderBadgePdf } from '../../main/badges/render-badge.ts';
import { resolveTemplate } from '../../main/badges/resolve-template.ts';
import type { BadgeElement, BadgeTemplate } from '../../model/badge-template.ts';
import { loadTemplate } from '../../main/badges/templates.ts';
import { blankTemplate, toDesignerDraft } from '../../model/badge-elements.ts';
import { apply } from '../../main/events/apply.ts';
import type { EventEnvelope } from '../../main/events/envelope.ts';
import { checkFont, checkImage } from '../../main/templates/check-file.ts';
import { saveTemplate, storeAsset } from '../../main/templates/store.ts';
import { actor, badgeDb, tempDir } from './badges/fixture.ts';

// Designed templates: drawn by the same renderer as the bundled ones, saved as events (so another
// desk gets them), moved between events as files, refused clearly when the file is bad.

const FOYER = join(import.meta.dirname, '../../bin/foyer.js');
const foyer = (db: string, ...args: string[]) => spawnSync(process.execPath, [FOYER, '--db', db, '--desk', 'Desk 1', ...args], { encoding: 'utf8' });

const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 60 20"><rect width="60" height="20" fill="#c0392b"/></svg>');

const dbIn = (dir: string, name?: string): Db => {
  mkdirSync(dir, { recursive: true });
  return badgeDb(dir, name);
};

/** Word boxes of page 1 (pdftotext -bbox), rounded to 0.1 pt. */
function words(pdf: Buffer, dir: string): string[] {
  const file = join(dir, `w-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const html = spawnSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' }).stdout;
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
    .map((m) => `${m[5]}@${Number(m[1]).toFixed(1)},${Number(m[2]).toFixed(1)}`);
}

/** A design with an SVG logo and a font the user added (Noto Sans itself, under its OFL licence). */
function design(db: Db, name = 'ecc-design'): BadgeTemplate {
  const logo = storeAsset(db, actor, SVG, { kind: 'image', mime: checkImage(SVG, 'logo.svg'), name: 'logo.svg' });
  const fontBytes = readFileSync(`${FONTS_DIR}NotoSans-Bold.ttf`);
  checkFont(fontBytes, 'Extra.ttf', 'SIL Open Font License 1.1');
  const font = storeAsset(db, actor, fontBytes, { kind: 'font', mime: 'font/ttf', name: 'Extra.ttf', licence: 'SIL Open Font License 1.1' });
  const elements: BadgeElement[] = [
    { id: 'logo', kind: 'logo', image: logo, x: 5, y: 5, width: 40, height: 14 },
    { id: 'name', kind: 'name', part: 'display', x: 5, y: 25, width: 80, height: 20, font: 'extra', size: 22, minSize: 12, maxLines: 2, align: 'left', valign: 'top', uppercase: false },
    { id: 'welcome', kind: 'text', text: 'Welcome to {event}', x: 5, y: 48, width: 80, height: 6, font: 'regular', size: 9, minSize: 6, maxLines: 1, align: 'left', valign: 'middle', uppercase: false },
    { id: 'qr', kind: 'qr', x: 55, y: 58, width: 30, height: 30 },
    { id: 'rule', kind: 'line', x: 5, y: 56, width: 45, height: 1, stroke: '#1f5fa8', strokeWidth: 0.4 },
  ];
  const t = { ...blankTemplate(name, { width: 90, height: 95 }), userFonts: { extra: { asset: font, name: 'Extra', licence: 'SIL Open Font License 1.1' } }, elements };
  return saveTemplate(db, actor, t);
}

describe('designed badge templates', () => {
  it('a bundled template turned into designer elements prints every word at the same place', async () => {
    const dir = tempDir('designer-same');
    const db = badgeDb(dir);
    for (const name of ['a6-portrait', 'label-4x3', 'cr80']) {
      const t = loadTemplate(name);
      saveTemplate(db, actor, toDesignerDraft(t, `${name}-designed`));
      for (const who of ['p-long', 'p-lysenko', 'p-short']) {
        const bundled = words(await renderBadgePdf(db, who, name), dir);
        const designed = words(await renderBadgePdf(db, who, `${name}-designed`), dir);
        expect(designed, `${name} for ${who}`).toEqual(bundled);
        expect(bundled.length).toBeGreaterThan(3);
      }
    }
  });

  it('reports the elements whose text had to be cut', () => {
    const db = badgeDb(tempDir('designer-cut'));
    const t = saveTemplate(db, actor, { ...blankTemplate('tight', { width: 60, height: 40 }), elements: [
      { id: 'name', kind: 'name', x: 2, y: 2, width: 30, height: 6, font: 'bold', size: 14, minSize: 10, maxLines: 1, align: 'center', valign: 'middle', uppercase: false },
    ] });
    const b = createBadgeDocument(t, 'x');
    const cut = (id: string) => b.add(loadBadgeData(db, id)).filter((l) => l.truncated).map((l) => l.region);
    expect(cut('p-long')).toEqual(['name']);
    expect(cut('p-short')).toEqual([]);
    void toBuffer(b.doc);
  });

  it('reaches another desk through its events: the template, its image and its font in chunks', async () => {
    const dir = tempDir('designer-sync');
    const a = dbIn(join(dir, 'a'));
    const b = dbIn(join(dir, 'b'));
    design(a);
    const events = a.prepare("SELECT id, type, at, desk, operator, payload FROM events WHERE type LIKE 'templates.%' ORDER BY seq").all() as (Omit<EventEnvelope, 'payload'> & { payload: string })[];
    expect(events.filter((e) => e.type === 'templates.asset-chunk').length).toBeGreaterThan(2); // the font travels in several
    // In any order, and twice: the template is complete once every chunk has arrived.
    for (const e of [...events].reverse().concat(events)) apply(b, { ...e, payload: JSON.parse(e.payload) as unknown }, 'remote');
    expect(words(await renderBadgePdf(b, 'p-capitanu', 'ecc-design'), dir)).toEqual(words(await renderBadgePdf(a, 'p-capitanu', 'ecc-design'), dir));
    expect(resolveTemplate(b, 'ecc-design').assets.fonts.size).toBe(1);
  });

  it('exports to a file and imports into another event; a name in use needs --replace; a bundled one never', async () => {
    const dir = tempDir('designer-files');
    const a = dbIn(join(dir, 'a'));
    design(a);
    a.close();
    const file = join(dir, 'ecc-design.json');
    expect(foyer(join(dir, 'a', 'foyer.sqlite'), 'templates', 'export', 'ecc-design', '-o', file).status).toBe(0);
    const b = dbIn(join(dir, 'b'), 'Another Event');
    b.close();
    const dbB = join(dir, 'b', 'foyer.sqlite');
    const first = foyer(dbB, 'templates', 'import', file);
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('Template ecc-design imported');
    const out = join(dir, 'b.pdf');
    expect(foyer(dbB, 'badge', 'T-001', '--template', 'ecc-design', '-o', out).status).toBe(0);
    const text = spawnSync('pdftotext', [out, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Ana-Maria Căpitanu');
    expect(text).toContain('Welcome to Another Event');
    expect(readFileSync(out, 'latin1')).not.toContain('/Subtype /Image');

    const again = foyer(dbB, 'templates', 'import', file);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/"ecc-design" already exists.*--replace/);
    expect(foyer(dbB, 'templates', 'import', file, '--replace').status).toBe(0);

    const bundled = JSON.parse(readFileSync(file, 'utf8')) as { template: { name: string } };
    bundled.template.name = 'a6-portrait';
    writeFileSync(join(dir, 'bundled.json'), JSON.stringify(bundled));
    const refused = foyer(dbB, 'templates', 'import', join(dir, 'bundled.json'), '--replace');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('"a6-portrait" is a bundled template and cannot be replaced');
    expect(foyer(dbB, '--json', 'templates').stdout).toContain('"name": "ecc-design"');
  });

  it('refuses a bad file naming the bad field, and stores nothing from it', () => {
    const dir = tempDir('designer-bad');
    const db = badgeDb(dir);
    design(db);
    db.close();
    const path = join(dir, 'foyer.sqlite');
    const file = join(dir, 'good.json');
    expect(foyer(path, 'templates', 'export', 'ecc-design', '-o', file).status).toBe(0);
    const data = JSON.parse(readFileSync(file, 'utf8')) as { template: { name: string; elements: Record<string, unknown>[] }; assets: { base64: string }[] };
    data.template.name = 'other-name';
    data.template.elements[1]!.size = 'large';
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(data));
    const bad = foyer(path, 'templates', 'import', join(dir, 'bad.json'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/elements\.1\.size: .*number/);

    data.template.elements[1]!.size = 22;
    data.assets[0]!.base64 = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>').toString('base64');
    writeFileSync(join(dir, 'tampered.json'), JSON.stringify(data));
    const tampered = foyer(path, 'templates', 'import', join(dir, 'tampered.json'));
    expect(tampered.status).toBe(2);
    expect(tampered.stderr).toMatch(/assets\.0 \(logo\.svg\): the file does not match its id/);
    expect(foyer(path, '--json', 'templates').stdout).not.toContain('other-name');

    writeFileSync(join(dir, 'notjson.json'), '{ "foyerTemplate": 1,');
    expect(foyer(path, 'templates', 'import', join(dir, 'notjson.json')).stderr).toContain('is not JSON');
  });

  it('checks images: PNG and JPEG must read, SVG must parse, 2 MB at most', () => {
    expect(() => checkImage(Buffer.alloc(3 * 1024 * 1024, 1), 'big.jpg')).toThrow(/big\.jpg is 3\.0 MB: an image may be at most 2 MB/);
    const truncatedPng = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('0000000dIHDR')]);
    expect(() => checkImage(truncatedPng, 'cut.png')).toThrow(/cut\.png looks like PNG but cannot be read/);
    expect(() => checkImage(Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x01]), 'cut.jpg')).toThrow(/cut\.jpg looks like JPEG but cannot be read/);
    expect(() => checkImage(Buffer.from('<svg><g></svg>'), 'bad.svg')).toThrow(/bad\.svg looks like SVG but cannot be read/);
    expect(checkImage(SVG, 'ok.svg')).toBe('image/svg+xml');
    expect(() => checkFont(readFileSync(`${FONTS_DIR}NotoSans-Regular.ttf`), 'Noto.ttf', ' ')).toThrow(/licence/);
  });
});
