import type { LiveUpdate } from './contract.ts';

export type UpdateListener = (update: LiveUpdate) => void;

/**
 * In-process bus for live updates (check-ins, edits, print jobs, help flags, sync state). Both
 * transports forward it: IPC to every window, HTTP as server-sent events.
 */
export class UpdateBus {
  readonly #listeners = new Set<UpdateListener>();

  subscribe(listener: UpdateListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  publish(update: LiveUpdate): void {
    for (const listener of this.#listeners) {
      try {
        listener(update);
      } catch (err) {
        // A broken subscriber (a closed socket) must not stop the others or the action that published.
        console.error('foyer: live update listener failed:', err);
      }
    }
  }

  get size(): number {
    return this.#listeners.size;
  }
}
