/** Sleeps that end early when something happens (a local event, a reconnect, stop). */
export interface Waker {
  readonly sleep: (ms: number) => Promise<void>;
  readonly wake: () => void;
}

export function makeWaker(): Waker {
  const sleepers = new Set<() => void>();
  return {
    sleep: (ms) =>
      new Promise<void>((resolve) => {
        const done = (): void => {
          clearTimeout(timer);
          sleepers.delete(done);
          resolve();
        };
        const timer = setTimeout(done, ms);
        sleepers.add(done);
      }),
    wake: () => {
      for (const done of [...sleepers]) done();
    },
  };
}
