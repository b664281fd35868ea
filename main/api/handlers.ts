import { z } from 'zod';
import type { Db } from '../../db/open.ts';
import { InputError } from '../errors.ts';
import type { Actor } from '../events/envelope.ts';
import type { Caller, KioskLimits } from '../kiosk/rate-limit.ts';
import { attendeeHandlers } from './bind/attendee.ts';
import { checkinHandlers } from './bind/checkin.ts';
import { designerHandlers } from './bind/designer.ts';
import { doorHandlers } from './bind/door.ts';
import { eventHandlers } from './bind/event.ts';
import { helpHandlers } from './bind/help.ts';
import { importHandlers } from './bind/import.ts';
import { kioskHandlers } from './bind/kiosk.ts';
import { listsHandlers } from './bind/lists.ts';
import { meetingsHandlers } from './bind/meetings.ts';
import { planHandlers } from './bind/plan.ts';
import { printHandlers } from './bind/print.ts';
import { printersHandlers } from './bind/printers.ts';
import { privacyHandlers } from './bind/privacy.ts';
import { rosterHandlers } from './bind/roster.ts';
import { sessionsHandlers } from './bind/sessions.ts';
import { staffHandlers } from './bind/staff.ts';
import { statsHandlers } from './bind/stats.ts';
import { syncHandlers } from './bind/sync.ts';
import { templatesHandlers } from './bind/templates.ts';
import { type ApiError, contract, isMethodName, type MethodName, type Result } from './contract.ts';
import { ApiFailure } from './failure.ts';
import type { ApiContext, Handler, HandlerTable } from './handler-types.ts';
import { createSyncRunner, type SyncRunner } from './sync-runner.ts';
import { UpdateBus } from './updates.ts';

// Composition root: every contract method is bound here to the capability that answers it. The
// table's type requires every method, so none can be left unanswered.

export interface ApiDeps {
  readonly db: Db;
  readonly actor: Actor;
  readonly bus?: UpdateBus;
  readonly now?: () => Date;
  readonly leaveKiosk?: () => void;
  /** The process's sync service; one is made for this database when absent. */
  readonly sync?: SyncRunner;
  /** Wakes the print worker after a job is queued (the background's kick), so it does not wait for its poll. */
  readonly printQueued?: () => void;
  /** The self-service kiosk's attempt limits (main/kiosk/rate-limit.ts KIOSK_LIMITS when absent). */
  readonly kioskLimits?: KioskLimits;
}

export interface Api {
  /** Validates the raw input, runs the handler, validates the output. Never throws. `caller`: who asks (transports). */
  call(method: string, rawInput: unknown, caller?: Caller): Promise<Result<unknown>>;
  readonly bus: UpdateBus;
  /** The sync service the handlers use: resume it on launch, close it on shutdown. */
  readonly sync: SyncRunner;
}

const issuesOf = (err: z.ZodError): ApiError['issues'] =>
  err.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));

const fail = (code: ApiError['code'], message: string, issues?: ApiError['issues']): Result<never> => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
});

function toFailure(method: string, err: unknown): Result<never> {
  if (err instanceof ApiFailure) return fail(err.code, err.message);
  if (err instanceof InputError) return fail('invalid', err.message);
  if (err instanceof z.ZodError) return fail('invalid', z.prettifyError(err), issuesOf(err));
  // Anything else is a bug or a broken disk: log it for the operator, answer without a stack.
  console.error(`foyer: ${method} failed:`, err);
  return fail('internal', `${method} failed: ${err instanceof Error ? err.message : String(err)}`);
}

export function createApi(deps: ApiDeps): Api {
  const bus = deps.bus ?? new UpdateBus();
  const sync = deps.sync ?? createSyncRunner(deps.db, bus);
  const ctx: ApiContext = {
    db: deps.db, actor: deps.actor, bus, now: deps.now ?? (() => new Date()), sync, leaveKiosk: deps.leaveKiosk, printQueued: deps.printQueued ?? (() => {}),
  };
  // One file per namespace (main/api/bind/<namespace>.ts); test/unit/house/bind-files.test.ts checks it.
  const table: HandlerTable = {
    ...rosterHandlers, ...checkinHandlers, ...attendeeHandlers, ...meetingsHandlers, ...statsHandlers, ...eventHandlers,
    ...printHandlers, ...printersHandlers, ...listsHandlers, ...importHandlers, ...templatesHandlers, ...designerHandlers,
    ...sessionsHandlers, ...doorHandlers, ...privacyHandlers, ...staffHandlers, ...planHandlers, ...syncHandlers,
    ...kioskHandlers(deps.kioskLimits), ...helpHandlers,
  };
  const handlers = table as Record<MethodName, Handler<MethodName>>;

  async function call(method: string, rawInput: unknown, caller?: Caller): Promise<Result<unknown>> {
    if (!isMethodName(method)) return fail('not-found', `Unknown method "${method}".`);
    const spec = contract[method];
    const input = spec.input.safeParse(rawInput === undefined ? {} : rawInput);
    if (!input.success) return fail('invalid', z.prettifyError(input.error), issuesOf(input.error));
    const handler = handlers[method];
    try {
      const value: unknown = await handler(input.data as never, caller ? { ...ctx, caller } : ctx);
      const output = spec.output.safeParse(value);
      if (!output.success) {
        console.error(`foyer: ${method} returned a value outside the contract:`, z.prettifyError(output.error));
        return fail('internal', `${method} returned an unexpected result.`);
      }
      return { ok: true, value: output.data };
    } catch (err) {
      return toFailure(method, err);
    }
  }

  return { call, bus, sync };
}
