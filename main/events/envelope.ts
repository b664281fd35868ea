import { randomUUIDv7 } from 'node:crypto';
import { z } from 'zod';

/** Who performs an action: every event names the desk and the operator. */
export interface Actor {
  readonly desk: string;
  readonly operator: string;
}

export const envelopeSchema = z.object({
  id: z.string().min(1).max(64),
  type: z.string().min(1).max(64),
  at: z.iso.datetime(),
  desk: z.string().max(100),
  operator: z.string().max(100),
  payload: z.unknown(),
});

export interface EventEnvelope<P = unknown> {
  readonly id: string;
  readonly type: string;
  /** When it happened, ISO 8601 UTC with milliseconds. */
  readonly at: string;
  readonly desk: string;
  readonly operator: string;
  readonly payload: P;
}

/**
 * A new event. Its id is a UUIDv7 (time-ordered): events.id is UNIQUE, and time-ordered ids add to
 * the right edge of that index, the page the last event wrote, instead of a random page per event.
 */
export function newEvent<P>(actor: Actor, type: string, payload: P, at: Date = new Date()): EventEnvelope<P> {
  return { id: randomUUIDv7(), type, at: at.toISOString(), desk: actor.desk, operator: actor.operator, payload };
}

/**
 * A total order on events that every desk computes the same way, whatever order the events
 * arrived in: time first, the event id breaks ties. Used for last-writer-wins merges.
 */
export const eventKey = (e: Pick<EventEnvelope, 'at' | 'id'>): string => `${e.at}|${e.id}`;
