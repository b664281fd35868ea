import { z } from 'zod';
import { templateBaseSchema } from '../../model/badge-template.ts';

// The designer's methods of the API contract (spread into main/api/contract.ts). Pure zod: the
// renderer bundles this file. Desk methods only: none is open to a kiosk.

const id = z.string().min(1).max(100);
const upload = { fileName: z.string().min(1).max(255), contentBase64: z.string().min(1).max(90_000_000) };

export const templateSummary = z.object({ id: z.string(), description: z.string(), bundled: z.boolean(), width: z.number(), height: z.number(), sheet: z.boolean(), fold: z.boolean() });
export const samplePerson = z.object({ id: z.string(), name: z.string(), category: z.string(), why: z.enum(['longest', 'shortest', 'script']) });
export const assetView = z.object({ id: z.string(), kind: z.enum(['image', 'font']), name: z.string(), mime: z.string(), licence: z.string() });

export const designerContract = {
  'designer.templates': { input: z.strictObject({}), output: z.array(templateSummary) },
  'designer.get': { input: z.strictObject({ templateId: id }), output: z.object({ template: templateBaseSchema, bundled: z.boolean() }) },
  'designer.samples': {
    input: z.strictObject({}),
    output: z.object({ people: z.array(samplePerson), categories: z.array(z.string()) }),
  },
  'designer.preview': {
    // The template is checked by the handler, so an invalid draft answers with the bad fields.
    input: z.strictObject({ template: z.unknown(), attendeeIds: z.array(id).max(4) }),
    output: z.object({
      base64: z.string(),
      pages: z.array(z.object({ attendeeId: z.string(), name: z.string(), cut: z.array(z.object({ element: z.string(), text: z.string() })) })),
    }),
  },
  'designer.save': { input: z.strictObject({ template: z.unknown(), replace: z.boolean().default(false) }), output: z.object({ name: z.string() }) },
  'designer.addImage': { input: z.strictObject(upload), output: assetView },
  'designer.addFont': { input: z.strictObject({ ...upload, licence: z.string().max(2000) }), output: assetView.extend({ family: z.string() }) },
  'designer.assets': { input: z.strictObject({}), output: z.array(assetView) },
  'designer.image': { input: z.strictObject({ id }), output: z.object({ mime: z.string(), base64: z.string() }) },
  'designer.categoryTemplates': { input: z.strictObject({}), output: z.array(z.object({ category: z.string(), template: z.string() })) },
  'designer.chooseForCategory': { input: z.strictObject({ category: z.string().min(1).max(60), templateId: id.nullable() }), output: z.object({ done: z.literal(true) }) },
} as const;
