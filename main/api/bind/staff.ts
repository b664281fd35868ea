import { writeSetting } from '../../../db/queries/app-settings.ts';
import { setStaffPin, verifyStaffPin } from '../../staff/pin.ts';
import type { HandlerTable } from '../handler-types.ts';

export const TEMPLATE_SETTING = 'badges.template';

/** Staff PIN and this desk's choices. */
export const staffHandlers: HandlerTable = {
  'staff.setPin': ({ pin, currentPin }, ctx) => {
    setStaffPin(ctx.db, pin, currentPin);
    return { done: true };
  },
  'staff.verifyPin': ({ pin }, ctx) => ({ valid: verifyStaffPin(ctx.db, pin) }),
  'templates.select': ({ templateId }, ctx) => {
    writeSetting(ctx.db, TEMPLATE_SETTING, templateId, ctx.now());
    return { done: true };
  },
};
