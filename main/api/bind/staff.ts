import { setStaffPin, verifyStaffPin } from '../../staff/pin.ts';
import type { HandlerTable } from '../handler-types.ts';

/** The staff PIN (hashed in app_settings). */
export const staffHandlers: HandlerTable = {
  'staff.setPin': ({ pin, currentPin }, ctx) => {
    setStaffPin(ctx.db, pin, currentPin);
    return { done: true };
  },
  'staff.verifyPin': ({ pin }, ctx) => ({ valid: verifyStaffPin(ctx.db, pin) }),
};
