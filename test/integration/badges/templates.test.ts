import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listTemplateNames, loadTemplate, parseTemplate, TEMPLATES_DIR, TemplateError } from '../../../main/badges/templates.ts';
import { tempDir } from './fixture.ts';

const a6 = (): Record<string, unknown> => JSON.parse(readFileSync(`${TEMPLATES_DIR}a6-portrait.json`, 'utf8')) as Record<string, unknown>;
const errorOf = (f: () => unknown): string => {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(TemplateError);
    return (err as Error).message;
  }
  throw new Error('expected a TemplateError');
};

describe('badge templates', () => {
  it('ships every built-in layout, all valid', () => {
    expect(listTemplateNames()).toEqual(
      ['a6-landscape', 'a6-portrait', 'a7', 'cr80', 'fold-a4', 'label-4x3', 'label-4x6', 'sheet-a4-90x55', 'sheet-a4-a6'],
    );
    for (const name of listTemplateNames()) expect(loadTemplate(name).name).toBe(name);
    expect(loadTemplate('cr80').size).toEqual({ width: 85.6, height: 54 });
    expect(loadTemplate('sheet-a4-90x55').sheet).toMatchObject({ columns: 2, rows: 4 });
  });

  it('names the offending field of a bad template', () => {
    const t = a6();
    (t.regions as Record<string, Record<string, unknown>>).name!.size = 'big';
    expect(errorOf(() => parseTemplate(t, 'mine.json'))).toMatch(/mine\.json[\s\S]*regions\.name\.size: .*number/);

    const noColour = a6();
    delete (noColour.colours as Record<string, unknown>).press;
    expect(errorOf(() => parseTemplate(noColour, 'x.json'))).toContain('colours.press');

    const badColour = a6();
    (badColour.colours as Record<string, Record<string, string>>).vip!.band = 'gold';
    expect(errorOf(() => parseTemplate(badColour, 'x.json'))).toContain('colours.vip.band: a colour is #RRGGBB');

    const overlap = a6();
    (overlap.regions as Record<string, Record<string, number>>).organisation!.y = 40;
    expect(errorOf(() => parseTemplate(overlap, 'x.json'))).toContain('regions.organisation: overlaps regions.name');

    const outside = a6();
    (outside.regions as Record<string, Record<string, number>>).qr!.x = 90;
    expect(errorOf(() => parseTemplate(outside, 'x.json'))).toContain('regions.qr: lies outside');

    const font = a6();
    (font.fonts as Record<string, string>).bold = 'Missing.ttf';
    expect(errorOf(() => parseTemplate(font, 'x.json'))).toContain('fonts.bold: no font file Missing.ttf');
  });

  it('loads templates from a folder and reports a bad one by file', () => {
    const dir = `${tempDir('templates')}/`;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'broken.json'), JSON.stringify({ ...a6(), name: 'broken', size: { width: -1, height: 10 } }));
    expect(errorOf(() => loadTemplate('broken', dir))).toMatch(/broken\.json[\s\S]*size\.width/);
    expect(errorOf(() => loadTemplate('nope', dir))).toContain('No badge template "nope"');
  });
});
