import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { allTemplateNames, resolveTemplate } from '../badges/resolve-template.ts';
import { TemplateError } from '../badges/templates.ts';
import { InputError } from '../errors.ts';
import { exportTemplate, importTemplate } from '../templates/transfer.ts';
import { run } from './runner.ts';

/** A template error (unknown name, invalid file) is bad input: exit 2 with the message. */
const asInput = <T>(f: () => T): T => {
  try {
    return f();
  } catch (err) {
    if (err instanceof TemplateError) throw new InputError(err.message);
    throw err;
  }
};

export function registerTemplates(program: Command): void {
  const templates = program.command('templates').description('list, export and import badge templates');

  templates
    .command('list', { isDefault: true })
    .description('list the badge templates (bundled and designed)')
    .action(
      run(program, (ctx) => {
        const rows = allTemplateNames(ctx.db).map((name) => {
          const { template: t, bundled } = asInput(() => resolveTemplate(ctx.db, name));
          const layout = t.sheet ? `${t.sheet.columns}×${t.sheet.rows} on ${t.sheet.width}×${t.sheet.height} mm` : t.fold ? `fold, ${t.fold.width}×${t.fold.height} mm` : 'one per page';
          return { name, description: t.description, width: t.size.width, height: t.size.height, layout, bundled };
        });
        return { json: rows, text: rows.map((r) => `${r.name.padEnd(16)} ${`${r.width}×${r.height} mm`.padEnd(16)} ${r.layout.padEnd(24)} ${r.description}${r.bundled ? '' : ' (designed)'}`).join('\n') };
      }),
    );

  templates
    .command('export')
    .description('write a template, with the images and fonts it uses, to a JSON file')
    .argument('<name>', 'template name')
    .requiredOption('-o, --output <file>', 'file to write')
    .action(
      run(program, (ctx, name: string, o: { output: string }) => {
        const file = asInput(() => exportTemplate(ctx.db, name));
        writeFileSync(o.output, `${JSON.stringify(file, null, 2)}\n`);
        return { json: { name, file: o.output, assets: file.assets.length }, text: `Template ${name} written to ${o.output}.` };
      }),
    );

  templates
    .command('import')
    .description('add a template from a file written by `foyer templates export` (its name is kept)')
    .argument('<file>', 'template JSON file')
    .option('--replace', 'replace a designed template of the same name (bundled ones never)')
    .action(
      run(program, (ctx, file: string, o: { replace?: boolean }) => {
        let raw: string;
        try {
          raw = readFileSync(file, 'utf8');
        } catch (err) {
          throw new InputError(`Cannot read ${file}: ${(err as Error).message}`);
        }
        const t = importTemplate(ctx.db, ctx.actor, raw, file, { replace: o.replace ?? false });
        return { json: { name: t.name, file }, text: `Template ${t.name} imported from ${file}.` };
      }),
    );
}
