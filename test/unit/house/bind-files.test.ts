import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../main/api/contract.ts';

// One bind file per contract namespace: main/api/bind/checkin.ts binds checkin.* and nothing else,
// so a method's file can be guessed from its name, and the union of the files is the contract:
// no method is missing (which would leave it unanswered) and none is bound twice.

const dir = resolve(import.meta.dirname, '../../../main/api/bind');
/** Helper modules shared by several bind files; they bind no method. */
const HELPERS = new Set(['views']);
const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => basename(f, '.ts')).filter((f) => !HELPERS.has(f));

async function tableOf(namespace: string): Promise<string[]> {
  const mod = (await import(join(dir, `${namespace}.ts`))) as Record<string, unknown>;
  const exported = mod[`${namespace}Handlers`];
  const table: unknown = typeof exported === 'function' ? (exported as () => unknown)() : exported;
  if (!table || typeof table !== 'object') throw new Error(`main/api/bind/${namespace}.ts exports no ${namespace}Handlers`);
  return Object.keys(table);
}

describe('main/api/bind', () => {
  it.each(files)('%s.ts binds only its own namespace', async (namespace) => {
    const keys = await tableOf(namespace);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => !k.startsWith(`${namespace}.`))).toEqual([]);
  });

  it('binds every contract method exactly once', async () => {
    const all = (await Promise.all(files.map(tableOf))).flat();
    const twice = all.filter((m, i) => all.indexOf(m) !== i);
    expect(twice).toEqual([]);
    expect([...all].sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('has a file for every namespace of the contract', () => {
    const namespaces = new Set(METHOD_NAMES.map((m) => m.split('.')[0]));
    expect([...namespaces].sort()).toEqual([...files].sort());
  });
});
