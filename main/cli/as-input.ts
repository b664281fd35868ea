import { InputError } from '../errors.ts';

/** Runs `f`, turning a feature's own "you asked for something impossible" error into bad input (exit 2). */
export function asInput<T>(kind: abstract new (...args: never[]) => Error, f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (err instanceof kind) throw new InputError(err.message);
    throw err;
  }
}
