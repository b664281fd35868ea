// The reading thread of a large CSV import (see read-thread-client.ts): it decodes and parses the
// file and checks its rows, sending them in batches while the importing thread writes the ones
// before. Each message is counted in the shared `signal`, which the importing thread waits on.
import { readFileSync } from 'node:fs';
import { type MessagePort, workerData } from 'node:worker_threads';
import { InputError } from '../errors.ts';
import type { TextEncoding } from './decode.ts';
import { type Delimiter, detectDelimiter } from './delimiter.ts';
import { type Mapping, type MappingOptions, resolveMapping } from './mapping.ts';
import { decodeCsv } from './read-table.ts';
import { csvBatches } from './stream-csv.ts';
import { rowValidator, type ValidatedRows } from './validate-rows.ts';

export type ReaderMessage =
  | { readonly kind: 'header'; readonly mapping: Mapping; readonly encoding: TextEncoding; readonly delimiter: Delimiter }
  | { readonly kind: 'rows'; readonly rows: ValidatedRows['rows']; readonly problems: ValidatedRows['problems']; readonly read: number }
  | { readonly kind: 'end' }
  | { readonly kind: 'error'; readonly message: string; readonly input: boolean };

/** Rows per message: big enough that messages cost little, small enough to start writing soon. */
const BATCH_ROWS = 2_000;

const { path, options, port, signal } = workerData as { path: string; options: MappingOptions; port: MessagePort; signal: Int32Array };
const send = (message: ReaderMessage): void => {
  port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
};

try {
  const { text, encoding } = decodeCsv(readFileSync(path));
  const delimiter = detectDelimiter(text);
  let validate: ((rows: Parameters<ReturnType<typeof rowValidator>>[0]) => ValidatedRows) | undefined;
  for await (const batch of csvBatches(text, delimiter, BATCH_ROWS)) {
    if (batch.headers) {
      const mapping = resolveMapping({ headers: batch.headers, rows: [] }, options);
      validate = rowValidator(mapping);
      send({ kind: 'header', mapping, encoding, delimiter });
    }
    if (!validate || batch.rows.length === 0) continue;
    const { rows, problems } = validate(batch.rows);
    send({ kind: 'rows', rows, problems, read: batch.rows.length });
  }
  send({ kind: 'end' });
} catch (err) {
  send({ kind: 'error', message: err instanceof Error ? err.message : String(err), input: err instanceof InputError });
} finally {
  port.close();
}
