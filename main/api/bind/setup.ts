import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allAttendeeIds, getAttendee } from '../../../db/queries/attendees.ts';
import { renderBadgePdf } from '../../badges/render-badge.ts';
import { allTemplateNames, resolveTemplate } from '../../badges/resolve-template.ts';
import { DEFAULT_TEMPLATE } from '../../badges/templates.ts';
import { deskRules, setDeskRules } from '../../print/desk-rules.ts';
import { TARGETS } from '../../roster/columns.ts';
import { GENERIC_PRESET, PRESETS } from '../../roster/presets.ts';
import { importFileOffThread } from '../../roster/import-thread-client.ts';
import type { ImportOptions } from '../../roster/run-import.ts';
import type { ParsedInput } from '../contract.ts';
import { ApiFailure } from '../failure.ts';
import type { ApiContext, HandlerTable } from '../handler-types.ts';

/** importFile reads a path: the uploaded bytes go to a private temporary folder for the call. */
async function importUpload(ctx: ApiContext, source: ParsedInput<'import.preview'>, dryRun: boolean) {
  const dir = await mkdtemp(join(tmpdir(), 'foyer-import-'));
  try {
    const path = join(dir, source.fileName);
    await writeFile(path, Buffer.from(source.contentBase64, 'base64'));
    const options: ImportOptions = {
      dryRun,
      ...(source.preset ? { preset: source.preset } : {}),
      ...(source.map ? { map: source.map } : {}),
      ...(source.strict !== undefined ? { strict: source.strict } : {}),
      ...(source.markMissing !== undefined ? { markMissing: source.markMissing } : {}),
      progress: (message) => ctx.bus.publish({ type: 'import.progress', message }),
      createEventHint: 'set the event up first in Setup → Event (name, days, time zone), then import',
    };
    const report = await importFileOffThread(ctx.db, ctx.actor, path, options);
    // The report names the file as the person chose it, not the temporary copy it was read from.
    const view = { ...report, file: source.fileName, mapping: [...report.mapping], problems: [...report.problems], warnings: [...report.warnings] };
    if (report.outcome === 'imported') ctx.bus.publish({ type: 'roster.imported', report: view });
    return view;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const selectedTemplate = (ctx: ApiContext): string => deskRules(ctx.db, ctx.actor.desk).badgeTemplate ?? DEFAULT_TEMPLATE;

/** Setup screens: roster import, badge templates. */
export const setupHandlers: HandlerTable = {
  'import.presets': () => ({
    presets: [{ id: GENERIC_PRESET, name: 'Any spreadsheet (guess the columns)' }, ...PRESETS.map((p) => ({ id: p.name, name: p.label }))],
    targets: [...TARGETS],
  }),
  'import.preview': (source, ctx) => importUpload(ctx, source, true),
  'import.commit': (source, ctx) => importUpload(ctx, source, false),
  'templates.list': (_input, ctx) => {
    const selected = selectedTemplate(ctx);
    return allTemplateNames(ctx.db).map((id) => {
      const t = resolveTemplate(ctx.db, id).template;
      return { id, name: t.name, description: t.description, selected: id === selected };
    });
  },
  'templates.select': ({ templateId }, ctx) => {
    if (!allTemplateNames(ctx.db).includes(templateId)) throw new ApiFailure('not-found', `No badge template "${templateId}".`);
    setDeskRules(ctx.db, ctx.actor, { badgeTemplate: templateId });
    return { done: true };
  },
  'templates.preview': async ({ templateId, attendeeId }, ctx) => {
    if (!allTemplateNames(ctx.db).includes(templateId)) throw new ApiFailure('not-found', `No badge template "${templateId}".`);
    // Without a person given, the preview shows the first one on the roster.
    const who = attendeeId ?? allAttendeeIds(ctx.db)[0];
    if (!who || !getAttendee(ctx.db, who)) throw new ApiFailure('not-found', attendeeId ? `No attendee with id ${attendeeId}.` : 'The roster is empty: import it first.');
    const pdf = await renderBadgePdf(ctx.db, who, templateId);
    return { mime: 'application/pdf' as const, base64: pdf.toString('base64') };
  },
};
