import { describe, expect, it } from 'vitest';
import en from '../../renderer/i18n/en.json' with { type: 'json' };
import ro from '../../renderer/i18n/ro.json' with { type: 'json' };
import sv from '../../renderer/i18n/sv.json' with { type: 'json' };

type Tree = { readonly [key: string]: string | Tree };

/** Every message as "a.b.c" → its variables; plural forms (_one, _few, …) fold into one key. */
function messages(tree: Tree, prefix = '', out = new Map<string, Set<string>>()): Map<string, Set<string>> {
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key}`;
    if (typeof value !== 'string') {
      messages(value, `${path}.`, out);
      continue;
    }
    const base = path.replace(/_(zero|one|two|few|many|other)$/, '');
    const vars = out.get(base) ?? new Set<string>();
    for (const m of value.matchAll(/\{\{\s*(\w+)/g)) vars.add(m[1] as string);
    out.set(base, vars);
  }
  return out;
}

const english = messages(en as Tree);

describe.each([['ro', ro], ['sv', sv]])('%s translation', (_lang, tree) => {
  const translated = messages(tree as Tree);

  it('has every English message and no other', () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('uses the same variables as the English message', () => {
    const differ = [...english].filter(([key, vars]) => {
      const theirs = translated.get(key);
      return theirs !== undefined && [...vars].sort().join() !== [...theirs].sort().join();
    });
    expect(differ.map(([key]) => key)).toEqual([]);
  });
});
