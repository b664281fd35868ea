import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TARGETS } from '../../roster/columns.ts';
import { GENERIC_PRESET, PRESETS } from '../../roster/presets.ts';
import { importFileOffThread } from '../../roster/import-thread-client.ts';
import type { ImportOptions } from '../../roster/run-import.ts';
import type { ParsedInput } from '../contract.ts';
import type { ApiContext, HandlersOf } from '../handler-types.ts';

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

/** Setup → Import: the presets, a dry run, the import itself. */
export const importHandlers: HandlersOf<'import'> = {
  'import.presets': () => ({
    presets: [{ id: GENERIC_PRESET, name: 'Any spreadsheet (guess the columns)' }, ...PRESETS.map((p) => ({ id: p.name, name: p.label }))],
    targets: [...TARGETS],
  }),
  'import.preview': (source, ctx) => importUpload(ctx, source, true),
  'import.commit': (source, ctx) => importUpload(ctx, source, false),
};
