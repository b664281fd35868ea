import { randomUUID } from 'node:crypto';

export interface HelpFlag {
  readonly id: string;
  readonly station: string;
  readonly message: string;
  readonly raisedAt: string;
  readonly clearedAt: string | null;
}

const KEEP_CLEARED = 50;

/**
 * Help requests from kiosks, shown on every desk until someone clears them. Kept in memory: a
 * flag matters for minutes, and a restarted desk simply starts without old ones.
 */
export class HelpFlags {
  readonly #flags = new Map<string, HelpFlag>();

  raise(station: string, message: string, now = new Date()): HelpFlag {
    const flag: HelpFlag = { id: randomUUID(), station, message, raisedAt: now.toISOString(), clearedAt: null };
    this.#flags.set(flag.id, flag);
    this.#trim();
    return flag;
  }

  clear(id: string, now = new Date()): HelpFlag | undefined {
    const flag = this.#flags.get(id);
    if (!flag) return undefined;
    const cleared = flag.clearedAt ? flag : { ...flag, clearedAt: now.toISOString() };
    this.#flags.set(id, cleared);
    return cleared;
  }

  /** Open flags first, newest first. */
  list(): HelpFlag[] {
    return [...this.#flags.values()].sort((a, b) => Number(a.clearedAt !== null) - Number(b.clearedAt !== null) || b.raisedAt.localeCompare(a.raisedAt));
  }

  #trim(): void {
    const cleared = [...this.#flags.values()].filter((f) => f.clearedAt !== null);
    for (const f of cleared.slice(0, Math.max(0, cleared.length - KEEP_CLEARED))) this.#flags.delete(f.id);
  }
}
