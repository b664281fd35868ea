import { allAttendeeIds, getAttendee } from '../../../db/queries/attendees.ts';
import { renderBadgePdf } from '../../badges/render-badge.ts';
import { allTemplateNames, resolveTemplate } from '../../badges/resolve-template.ts';
import { DEFAULT_TEMPLATE } from '../../badges/templates.ts';
import { deskRules, setDeskRules } from '../../print/desk-rules.ts';
import { ApiFailure } from '../failure.ts';
import type { ApiContext, HandlersOf } from '../handler-types.ts';

const selectedTemplate = (ctx: ApiContext): string => deskRules(ctx.db, ctx.actor.desk).badgeTemplate ?? DEFAULT_TEMPLATE;

/** Setup → Badges: the templates, the desk's choice, a preview. */
export const templatesHandlers: HandlersOf<'templates'> = {
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
