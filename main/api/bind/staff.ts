import { PinLocked } from '../../staff/pin-guard.ts';
import { setStaffPin, verifyStaffPin } from '../../staff/pin.ts';
import { ApiFailure } from '../failure.ts';
import type { HandlersOf } from '../handler-types.ts';

/** A locked PIN answers 429 with the wait, like the kiosk's limits. */
async function unlessLocked<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof PinLocked) throw new ApiFailure('rate-limited', err.message);
    throw err;
  }
}

/** The staff PIN (hashed in app_settings; wrong tries slowed and locked, main/staff/pin-guard.ts). */
export const staffHandlers: HandlersOf<'staff'> = {
  'staff.setPin': ({ pin, currentPin }, ctx) => unlessLocked(async () => {
    await setStaffPin(ctx.db, pin, currentPin);
    return { done: true as const };
  }),
  'staff.verifyPin': ({ pin }, ctx) => unlessLocked(async () => ({ valid: await verifyStaffPin(ctx.db, pin, ctx.now().getTime()) })),
};
