import type { Command } from 'commander';
import { InputError } from '../errors.ts';
import { search } from '../search/search.ts';
import { run } from './runner.ts';

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('find people by name, organisation, e-mail or ticket code')
    .argument('<query...>', 'what to look for; accents and case do not matter')
    .option('--limit <n>', 'at most this many results', '20')
    .action(
      run(program, (ctx, words: string[], o: { limit: string }) => {
        const limit = Number(o.limit);
        if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new InputError('--limit must be a whole number from 1 to 10000');
        const hits = search(ctx.db, words.join(' '), limit);
        const rows = hits.map(({ attendee: a, match }) => ({
          id: a.id, name: a.displayName, organisation: a.organisation, country: a.country, email: a.email,
          category: a.category, status: a.status, codes: a.codes, match,
        }));
        const text = rows.length === 0
          ? 'No one found.'
          : rows.map((r) => `${r.name}  ·  ${r.organisation || '—'}  ·  ${r.category}  ·  ${r.codes.join(' ')}  [${r.id}]`).join('\n');
        return { json: rows, text };
      }),
    );
}
