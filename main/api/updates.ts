import { type LiveUpdate, liveUpdate } from './contract.ts';

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

  /** Sends an update to every listener, shaped by the contract (internal fields are stripped). */
  publish(raw: LiveUpdate): void {
    if (this.#listeners.size === 0) return;
    const update = liveUpdate.parse(raw);
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
