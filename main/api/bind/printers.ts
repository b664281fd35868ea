import { deskRules, setDeskRules } from '../../print/desk-rules.ts';
import { listPrinters } from '../../print/printers.ts';
import { enqueue } from '../../print/queue.ts';
import type { HandlersOf } from '../handler-types.ts';
import { announce, onThisMachine, refuseFolder } from './views.ts';

/** The printers this machine sees, the desk's printer rules, a test page. */
export const printersHandlers: HandlersOf<'printers'> = {
  'printers.list': async () => [...(await listPrinters())],
  'printers.rules': (_input, ctx) => deskRules(ctx.db, ctx.actor.desk),
  'printers.setRules': (rules, ctx) => {
    refuseFolder(rules.badgePrinter, onThisMachine(ctx));
    refuseFolder(rules.sheetPrinter, onThisMachine(ctx));
    return setDeskRules(ctx.db, ctx.actor, rules);
  },
  'printers.testPage': ({ printer }, ctx) => {
    refuseFolder(printer, onThisMachine(ctx));
    const job = enqueue(ctx.db, ctx.actor, { kind: 'test-page', attendeeId: null, printer }, ctx.now());
    announce(ctx, [job]);
    return job;
  },
};
