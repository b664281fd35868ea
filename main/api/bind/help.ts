import { clearHelp, listHelp } from '../../kiosk/help.ts';
import { ApiFailure } from '../failure.ts';
import type { HandlersOf } from '../handler-types.ts';

/** The desk's list of help requests (raised by kiosks), and clearing one. */
export const helpHandlers: HandlersOf<'help'> = {
  'help.list': (_input, ctx) => listHelp(ctx.db),
  'help.clear': ({ id }, ctx) => {
    const flag = clearHelp(ctx.db, ctx.actor, id, ctx.now());
    if (!flag) throw new ApiFailure('not-found', `No help request ${id}.`);
    ctx.bus.publish({ type: 'help', flag });
    return flag;
  },
};
