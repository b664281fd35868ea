import { createWriteStream, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { getAttendee } from '../../db/queries/attendees.ts';
import { recordExportedFile } from '../../db/queries/privacy.ts';
import { BADGE_SORTS, type BadgeSort, renderBadgeBatch, selectBadgeIds } from '../badges/render-batch.ts';
import { renderBadgePdf } from '../badges/render-badge.ts';
import { DEFAULT_TEMPLATE, listTemplateNames, loadTemplate, TemplateError } from '../badges/templates.ts';
import { InputError } from '../errors.ts';
import { attendeeIdFor } from './attendee-ref.ts';
import { run } from './runner.ts';

/** Loads a template, turning an unknown or invalid one into bad input (exit 2). */
function template(name: string) {
  try {
    return loadTemplate(name);
  } catch (err) {
    if (err instanceof TemplateError) throw new InputError(err.message);
    throw err;
  }
}

export function registerBadges(program: Command): void {
  program
    .command('badge')
    .description('print one badge to a PDF file')
    .argument('<code>', 'ticket code or attendee id')
    .requiredOption('-o, --output <file>', 'PDF file to write')
    .option('--template <name>', 'badge template (see `foyer templates`)', DEFAULT_TEMPLATE)
    .action(
      run(program, async (ctx, ref: string, o: { output: string; template: string }) => {
        const id = attendeeIdFor(ctx.db, ref);
        template(o.template);
        const pdf = await renderBadgePdf(ctx.db, id, o.template);
        writeFileSync(o.output, pdf);
        recordExportedFile(ctx.db, resolve(o.output), 'badges'); // a purge erases it
        const name = getAttendee(ctx.db, id)?.displayName ?? id;
        return { json: { attendeeId: id, file: o.output, template: o.template, bytes: pdf.length }, text: `Badge of ${name} (${o.template}) written to ${o.output}.` };
      }),
    );

  program
    .command('badges')
    .description('print the badges of everyone (or one category) into one PDF, for pre-printing')
    .requiredOption('-o, --output <file>', 'PDF file to write')
    .option('--category <category>', 'only this category (participant, speaker, organiser, press, staff, vip, exhibitor)')
    .option('--sort <order>', `order of the badges: ${BADGE_SORTS.join(', ')}`, 'name')
    .option('--template <name>', 'badge template (see `foyer templates`)', DEFAULT_TEMPLATE)
    .action(
      run(program, async (ctx, o: { output: string; category?: string; sort: string; template: string }) => {
        if (!BADGE_SORTS.includes(o.sort as BadgeSort)) throw new InputError(`--sort must be one of ${BADGE_SORTS.join(', ')}`);
        template(o.template);
        const ids = selectBadgeIds(ctx.db, { sort: o.sort as BadgeSort, ...(o.category ? { category: o.category } : {}) });
        if (ids.length === 0) throw new InputError(`No one to print${o.category ? ` in category "${o.category}"` : ''}.`);
        const started = Date.now();
        const n = await renderBadgeBatch(ctx.db, ids, createWriteStream(o.output), o.template, (done, total) =>
          ctx.progress(`${done} / ${total} badges`));
        const seconds = (Date.now() - started) / 1000;
        recordExportedFile(ctx.db, resolve(o.output), 'badges');
        return { json: { file: o.output, badges: n, template: o.template, seconds }, text: `${n} badges (${o.template}) written to ${o.output} in ${seconds.toFixed(1)} s.` };
      }),
    );

  program
    .command('templates')
    .description('list the badge templates')
    .action(
      run(program, (_ctx) => {
        const rows = listTemplateNames().map((name) => {
          const t = template(name);
          const layout = t.sheet ? `${t.sheet.columns}×${t.sheet.rows} on ${t.sheet.width}×${t.sheet.height} mm` : t.fold ? `fold, ${t.fold.width}×${t.fold.height} mm` : 'one per page';
          return { name, description: t.description, width: t.size.width, height: t.size.height, layout };
        });
        return { json: rows, text: rows.map((r) => `${r.name.padEnd(16)} ${`${r.width}×${r.height} mm`.padEnd(16)} ${r.layout.padEnd(24)} ${r.description}`).join('\n') };
      }),
    );
}
