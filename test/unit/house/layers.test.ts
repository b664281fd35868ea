import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { cruise, type IConfiguration } from 'dependency-cruiser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The lint step's layer rules, tried on a planted tree: each forbidden import is refused by the
// rule meant for it, and the same tree with only allowed imports passes. So a rule that stopped
// matching (a renamed folder, a typo in a regex) fails here rather than silently allowing anything.

const root = resolve(import.meta.dirname, '../../..');
const config = createRequire(import.meta.url)(join(root, '.dependency-cruiser.cjs')) as IConfiguration;
let tree: string;
// The planted files' import of the shell's module, spelt so that no scan of this repo takes the text for a real import.
const IMPORT_ELECTRON = `import { app } from '${'electron'}';\n`;

const plant = (files: Record<string, string>): void => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(tree, path)), { recursive: true });
    writeFileSync(join(tree, path), text);
  }
};

async function violations(entries: string[]): Promise<{ rule: string; from: string; to: string }[]> {
  const result = await cruise(entries, {
    baseDir: tree,
    ruleSet: { forbidden: config.forbidden ?? [] },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    validate: true,
    preserveSymlinks: true,
  }, { extensions: ['.ts', '.tsx', '.js', '.cjs', '.mjs'] });
  if (typeof result.output === 'string') throw new Error('expected a JSON result');
  return result.output.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
}

beforeAll(() => {
  tree = mkdtempSync(join(tmpdir(), 'foyer-layers-'));
  symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
  plant({
    'model/attendee.ts': "import { z } from 'zod';\nexport const name = z.string();\n",
    'model/plain.ts': 'export const CATEGORIES = [1];\n',
    'db/queries/people.ts': "import type { name } from '../../model/attendee.ts';\nexport type N = typeof name;\n",
    'main/events/apply.ts': "import { reducers } from '../checkin/events.ts';\nexport const apply = reducers;\n",
    'main/checkin/events.ts': "import type { N } from '../../db/queries/people.ts';\nexport const reducers: N[] = [];\n",
    'main/checkin/checkin.ts': "import { apply } from '../events/apply.ts';\nexport const checkIn = apply;\n",
    'main/api/bind/checkin.ts': "import { checkIn } from '../../checkin/checkin.ts';\nexport const bound = checkIn;\n",
    'main/api/contract.ts': "import { name } from '../../model/attendee.ts';\nexport const contract = { name };\n",
    'main/app/main.ts': `${IMPORT_ELECTRON}import { bound } from '../api/bind/checkin.ts';\nexport const x = [app, bound];\n`,
    'renderer/screen.tsx': "import type { contract } from '../main/api/contract.ts';\nimport { CATEGORIES } from '../model/plain.ts';\nexport type C = typeof contract;\nexport const c = CATEGORIES;\n",
  });
});
afterAll(() => rmSync(tree, { recursive: true, force: true }));

const allowed = ['main/app/main.ts', 'renderer/screen.tsx'];

describe('the layer rules of npm run lint', () => {
  it('let the allowed shape through', async () => {
    expect(await violations(allowed)).toEqual([]);
  });

  it.each([
    ['no-circular', 'main/checkin/events.ts', "import { checkIn } from './checkin.ts';\nexport const loop = checkIn;\n"],
    ['model-is-pure', 'model/clock.ts', "import { hostname } from 'node:os';\nexport const h = hostname;\n"],
    ['db-imports-only-model', 'db/queries/bad.ts', "import { checkIn } from '../../main/checkin/checkin.ts';\nexport const b = checkIn;\n"],
    ['renderer-imports-contract-as-type', 'renderer/bad.ts', "import { contract } from '../main/api/contract.ts';\nexport const b = contract;\n"],
    ['renderer-sees-only-types-of-main', 'renderer/bad.ts', "import type { checkIn } from '../main/checkin/checkin.ts';\nexport type B = typeof checkIn;\n"],
    ['renderer-no-zod-at-runtime', 'renderer/bad.ts', "import { z } from 'zod';\nexport const b = z;\n"],
    ['renderer-no-node', 'renderer/bad.ts', "import { readFileSync } from 'node:fs';\nexport const b = readFileSync;\n"],
    ['only-the-shell-imports-electron', 'main/checkin/bad.ts', `${IMPORT_ELECTRON}export const b = app;\n`],
    ['features-do-not-import-api-or-cli', 'main/checkin/bad.ts', "import { bound } from '../api/bind/checkin.ts';\nexport const b = bound;\n"],
    ['log-imports-only-reducer-tables', 'main/events/bad.ts', "import { checkIn } from '../checkin/checkin.ts';\nexport const b = checkIn;\n"],
    ['print-lies-under-checkin', 'main/print/bad.ts', "import { checkIn } from '../checkin/checkin.ts';\nexport const b = checkIn;\n"],
    ['reducer-tables-do-not-call-apply', 'main/kiosk/events.ts', "import { apply } from '../events/apply.ts';\nexport const b = apply;\n"],
  ])('refuse %s', async (rule, path, text) => {
    plant({ [path]: text });
    try {
      const found = await violations([...allowed, path]);
      expect(found.map((v) => v.rule)).toContain(rule);
    } finally {
      rmSync(join(tree, path));
      if (path === 'main/checkin/events.ts') plant({ [path]: "import type { N } from '../../db/queries/people.ts';\nexport const reducers: N[] = [];\n" });
    }
  });
});
