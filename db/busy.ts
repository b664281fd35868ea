// SQLite answers "busy" without calling the busy handler in a few moments around a WAL file's life:
// while another process opens a new file and switches it to WAL, recovers the log after a crash,
// or, as the last connection to close, checkpoints and deletes the log. Those moments are short;
// the steps that can meet them (opening, first setting up a file) are retried.

const pause = new Int32Array(new SharedArrayBuffer(4));

export const isBusy = (err: unknown): boolean => (err as { code?: unknown } | null)?.code?.toString().startsWith('SQLITE_BUSY') ?? false;

/** Runs `step`, retrying it every 50 ms while it fails with SQLITE_BUSY, until 5 s have passed. */
export function retryWhileBusy<T>(step: () => T): T {
  const deadline = Date.now() + 5_000;
  for (;;) {
    try {
      return step();
    } catch (err) {
      if (!isBusy(err) || Date.now() >= deadline) throw err;
      Atomics.wait(pause, 0, 0, 50); // a synchronous pause: opening a database is synchronous
    }
  }
}
