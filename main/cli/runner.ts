import { mkdirSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import type { Db } from '../../db/open.ts';
import { DatabaseKeyError } from '../../db/driver.ts';
import { openRoster } from '../search/open-roster.ts';
import { NewerDatabaseError } from '../../db/migrate.ts';
import { InputError } from '../errors.ts';
import type { Actor } from '../events/envelope.ts';
import { resolveDbPath } from '../paths.ts';
import { resolveDbKey } from '../privacy/db-key.ts';

export const EXIT = { ok: 0, failure: 1, badInput: 2, already: 3, refused: 4 } as const;

export interface GlobalOptions {
  readonly db?: string;
  readonly json?: boolean;
  readonly desk?: string;
  readonly operator?: string;
  readonly keyFile?: string;
}

export interface CommandContext {
  readonly db: Db;
  readonly actor: Actor;
  readonly json: boolean;
  readonly dbPath: string;
  /** Progress for long work; silent in --json mode so stdout stays machine-readable. */
  readonly progress: (message: string) => void;
}

export interface CommandOutput {
  readonly exitCode?: number;
  /** Machine-readable result for --json. */
  readonly json: unknown;
  /** Human-readable lines for the terminal. */
  readonly text: string;
}

export type Action<A extends unknown[]> = (ctx: CommandContext, ...args: A) => CommandOutput | Promise<CommandOutput>;

/** Wraps a command action: opens the database, prints the result, maps errors to exit codes. */
export function run<A extends unknown[]>(program: Command, action: Action<A>) {
  return async (...args: A): Promise<void> => {
    const opts = program.opts<GlobalOptions>();
    let db: Db | undefined;
    try {
      const dbPath = resolveDbPath(opts.db);
      if (dbPath !== ':memory:') mkdirSync(dirname(dbPath), { recursive: true });
      db = openRoster(dbPath, { key: resolveDbKey(opts.keyFile) });
      const actor = { desk: opts.desk ?? process.env.FOYER_DESK ?? hostname(), operator: opts.operator ?? userInfo().username };
      const progress = (m: string): void => {
        if (!opts.json) process.stderr.write(`${m}\n`);
      };
      const out = await action({ db, actor, json: opts.json ?? false, dbPath, progress }, ...args);
      process.stdout.write(opts.json ? `${JSON.stringify(out.json, null, 2)}\n` : out.text.endsWith('\n') || out.text === '' ? out.text : `${out.text}\n`);
      process.exitCode = out.exitCode ?? EXIT.ok;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      process.stderr.write(`foyer: ${message}\n`);
      // FOYER_DEBUG=1 shows where an unexpected error came from.
      if (process.env.FOYER_DEBUG && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
      process.exitCode = err instanceof InputError || err instanceof NewerDatabaseError || err instanceof DatabaseKeyError ? EXIT.badInput : EXIT.failure;
    } finally {
      db?.close();
    }
  };
}
