import type { z } from 'zod';
import type { Db } from '../../db/open.ts';
import type { Actor } from '../events/envelope.ts';
import type { Caller } from '../kiosk/rate-limit.ts';
import type { Contract, MethodName, ParsedInput } from './contract.ts';
import type { SyncRunner } from './sync-runner.ts';
import type { UpdateBus } from './updates.ts';

/** What every handler may use: the database, who acts, the live-update bus, the shell's hooks. */
export interface ApiContext {
  readonly db: Db;
  readonly actor: Actor;
  readonly bus: UpdateBus;
  readonly now: () => Date;
  /** The process's one sync service (connect / disconnect from the Setup screen). */
  readonly sync: SyncRunner;
  /** Wakes the print worker after a job is queued or requeued (a no-op without a background). */
  readonly printQueued: () => void;
  /** Set by the Electron shell: leaves kiosk mode (after the staff PIN was checked). */
  readonly leaveKiosk?: () => void;
  /** Who called, as the transport saw it (pairing role and device); absent for the CLI and tests. */
  readonly caller?: Caller;
}

/** A handler returns what the output schema accepts; extra internal fields are stripped by parsing. */
export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: ApiContext,
) => z.input<Contract[M]['output']> | Promise<z.input<Contract[M]['output']>>;

/** Every contract method bound (createApi's table; a missing one does not typecheck). */
export type HandlerTable = { readonly [M in MethodName]: Handler<M> };

/** Every method of one contract namespace, and only those (main/api/bind/<namespace>.ts). */
export type HandlersOf<N extends string> = { readonly [M in MethodName as M extends `${N}.${string}` ? M : never]: Handler<M> };
