import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The README's folder list is how a newcomer finds things: every folder it names exists, and every
// folder of the code (the top level and main/*) is named, so a new feature folder cannot hide.
const ROOT = join(import.meta.dirname, '../../..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## How it is built'));
const listed = [...section.matchAll(/^ {4}([a-z][\w-]*\/(?:[\w-]+\/)?)\s/gm)].map((m) => m[1] as string);
const dirsIn = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `${dir}${d.name}/`);

describe("the README's folder list", () => {
  it('names only folders that exist', () => {
    expect(listed.length).toBeGreaterThan(10);
    expect(listed.filter((f) => !existsSync(join(ROOT, f)))).toEqual([]);
  });

  it('names every folder of main/ and every top-level folder of the code', () => {
    const code = ['main/', 'db/', 'model/', 'renderer/', 'assets/', 'docs/', 'test/'];
    const expected = [...dirsIn('main/'), ...code.filter((d) => d !== 'main/')];
    expect(expected.filter((f) => !listed.includes(f))).toEqual([]);
  });
});
