import { readFileSync } from 'node:fs';
import { InputError } from '../errors.ts';

/** Shortest key accepted: a passphrase, or better a random hex string (`openssl rand -hex 32`). */
export const MIN_KEY_LENGTH = 8;

/**
 * The database key for the CLI and `foyer serve`: the contents of --key-file (one line; a trailing
 * newline is not part of it), else FOYER_DB_KEY, else none (a plain database).
 */
export function resolveDbKey(keyFile: string | undefined, env: NodeJS.ProcessEnv = process.env): string | null {
  let key: string | undefined;
  if (keyFile !== undefined) {
    try {
      key = readFileSync(keyFile, 'utf8').replace(/\r?\n$/, '');
    } catch (err) {
      throw new InputError(`--key-file ${keyFile}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
    }
  } else key = env.FOYER_DB_KEY;
  if (key === undefined || key === '') {
    if (keyFile !== undefined) throw new InputError(`--key-file ${keyFile} is empty`);
    return null;
  }
  if (key.length < MIN_KEY_LENGTH) throw new InputError(`the database key must have at least ${MIN_KEY_LENGTH} characters`);
  return key;
}
