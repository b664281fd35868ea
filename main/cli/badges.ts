import { createWriteStream, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { getAttendee } from '../../db/queries/attendees.ts';
import { recordExportedFile } from '../../db/queries/privacy.ts';
import { BADGE_SORTS, type BadgeSort, renderBadgeBatch, selectBadgeIds } from '../badges/render-batch.ts';
import { renderBadgePdf } from '../badges/render-badge.ts';
import type { Db } from '../../db/open.ts';
import { resolveTemplate } from '../badges/resolve-template.ts';
import { DEFAULT_TEMPLATE, TemplateError } from '../badges/templates.ts';
import { InputError } from '../errors.ts';
import { recordPreprinted } from '../print/preprinted.ts';
import { attendeeIdFor } from './attendee-ref.ts';
import { run } from './runner.ts';

/** Loads a bundled or designed template, turning an unknown or invalid one into bad input (exit 2). */
function template(db: Db, name: string) {
  try {
    return resolveTemplate(db, name);
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
        template(ctx.db, o.template);
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
    .option('--no-record', 'do not record these people as having a badge (a proof print)')
    .action(
      run(program, async (ctx, o: { output: string; category?: string; sort: string; template: string; record: boolean }) => {
        if (!BADGE_SORTS.includes(o.sort as BadgeSort)) throw new InputError(`--sort must be one of ${BADGE_SORTS.join(', ')}`);
        template(ctx.db, o.template);
        const ids = selectBadgeIds(ctx.db, { sort: o.sort as BadgeSort, ...(o.category ? { category: o.category } : {}) });
        if (ids.length === 0) throw new InputError(`No one to print${o.category ? ` in category "${o.category}"` : ''}.`);
        const started = Date.now();
        const n = await renderBadgeBatch(ctx.db, ids, createWriteStream(o.output), o.template, (done, total) =>
          ctx.progress(`${done} / ${total} badges`));
        const seconds = (Date.now() - started) / 1000;
        // Pre-printed badges count: these people's first check-in prints no second badge.
        if (o.record) recordPreprinted(ctx.db, ctx.actor, ids, o.template);
        recordExportedFile(ctx.db, resolve(o.output), 'badges');
        const recorded = o.record ? ' Recorded as their badges: their check-in prints none unless asked.' : '';
        return { json: { file: o.output, badges: n, template: o.template, seconds, recorded: o.record }, text: `${n} badges (${o.template}) written to ${o.output} in ${seconds.toFixed(1)} s.${recorded}` };
      }),
    );
}
