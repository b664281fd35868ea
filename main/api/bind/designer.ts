import { getAsset, listAssets, categoryTemplates } from '../../../db/queries/templates.ts';
import { allTemplateNames, resolveTemplate } from '../../badges/resolve-template.ts';
import { TemplateError } from '../../badges/templates.ts';
import { InputError } from '../../errors.ts';
import { apply } from '../../events/apply.ts';
import { newEvent } from '../../events/envelope.ts';
import { checkFont, checkImage } from '../../templates/check-file.ts';
import { designerSamples, previewDraft } from '../../templates/preview.ts';
import { saveTemplate, storeAsset } from '../../templates/store.ts';
import { ApiFailure } from '../failure.ts';
import type { HandlersOf } from '../handler-types.ts';

/** A template that does not validate is the caller's input to fix: `invalid`, naming the fields. */
const checked = async <T>(f: () => T | Promise<T>): Promise<T> => {
  try {
    return await f();
  } catch (err) {
    if (err instanceof TemplateError) throw new InputError(err.message);
    throw err;
  }
};

/** The badge designer (renderer/screens/Designer): templates, files, previews, choices per category. */
export const designerHandlers: HandlersOf<'designer'> = {
  'designer.templates': (_input, ctx) =>
    allTemplateNames(ctx.db).map((id) => {
      const { template: t, bundled } = resolveTemplate(ctx.db, id);
      return { id, description: t.description, bundled, width: t.size.width, height: t.size.height, sheet: !!t.sheet, fold: !!t.fold };
    }),
  'designer.get': ({ templateId }, ctx) =>
    checked(() => {
      const { template, bundled } = resolveTemplate(ctx.db, templateId);
      return { template, bundled };
    }),
  'designer.samples': (_input, ctx) => designerSamples(ctx.db),
  'designer.preview': ({ template, attendeeIds }, ctx) => checked(() => previewDraft(ctx.db, template, attendeeIds)),
  'designer.save': ({ template, replace }, ctx) => checked(() => ({ name: saveTemplate(ctx.db, ctx.actor, template, { replace }).name })),
  'designer.addImage': ({ fileName, contentBase64 }, ctx) => {
    const bytes = Buffer.from(contentBase64, 'base64');
    const mime = checkImage(bytes, fileName);
    const id = storeAsset(ctx.db, ctx.actor, bytes, { kind: 'image', mime, name: fileName });
    return { id, kind: 'image' as const, name: fileName, mime, licence: '' };
  },
  'designer.addFont': ({ fileName, contentBase64, licence }, ctx) => {
    const bytes = Buffer.from(contentBase64, 'base64');
    const family = checkFont(bytes, fileName, licence);
    const id = storeAsset(ctx.db, ctx.actor, bytes, { kind: 'font', mime: 'font/ttf', name: fileName, licence: licence.trim() });
    return { id, kind: 'font' as const, name: fileName, mime: 'font/ttf', licence: licence.trim(), family };
  },
  'designer.assets': (_input, ctx) => [...listAssets(ctx.db, 'image'), ...listAssets(ctx.db, 'font')],
  'designer.image': ({ id }, ctx) => {
    const a = getAsset(ctx.db, id);
    if (!a?.bytes || a.kind !== 'image') throw new ApiFailure('not-found', `No image ${id}.`);
    return { mime: a.mime, base64: a.bytes.toString('base64') };
  },
  'designer.categoryTemplates': (_input, ctx) => categoryTemplates(ctx.db, ctx.actor.desk),
  'designer.chooseForCategory': ({ category, templateId }, ctx) => {
    if (templateId !== null && !allTemplateNames(ctx.db).includes(templateId)) throw new ApiFailure('not-found', `No badge template "${templateId}".`);
    apply(ctx.db, newEvent(ctx.actor, 'templates.category-chosen', { desk: ctx.actor.desk, category, template: templateId }, ctx.now()));
    return { done: true as const };
  },
};
