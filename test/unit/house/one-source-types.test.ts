import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Types the core shares with the contract are read from their zod schema in model/ (z.infer), not
// written a second time as an interface beside it, where the two could drift apart.

const root = resolve(import.meta.dirname, '../../..');
const SHARED = ['DeskPrintRules', 'PrinterInfo', 'DoubleAdmission', 'HelpFlag', 'HelpRequestRow', 'KioskMatch', 'CheckinRow', 'CheckinView'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

describe('shared types', () => {
  it('are never declared as interfaces in the core', () => {
    const written = ['main', 'db', 'model', 'renderer'].flatMap((d) => sources(join(root, d))).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return SHARED.filter((name) => new RegExp(`\\binterface\\s+${name}\\b`).test(text)).map((name) => `${relative(root, file)}: ${name}`);
    });
    expect(written).toEqual([]);
  });

  it('are defined once, in model/, as z.infer of their schema', () => {
    const model = sources(join(root, 'model')).map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const name of ['DeskPrintRules', 'PrinterInfo', 'DoubleAdmission', 'HelpFlag', 'KioskMatch', 'CheckinView']) {
      expect(model).toMatch(new RegExp(`export type ${name} = .*z\\.infer<`));
    }
  });
});
