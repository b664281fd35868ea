import type { z } from 'zod';
import type { Db } from '../../db/open.ts';
import type { EventEnvelope } from './envelope.ts';

/** How one event type changes current state. `reduce` must depend only on the db and the event. */
export interface Reducer<S extends z.ZodType = z.ZodType> {
  readonly schema: S;
  readonly reduce: (db: Db, event: EventEnvelope<z.infer<S>>) => void;
}

export const defineReducer = <S extends z.ZodType>(schema: S, reduce: Reducer<S>['reduce']): Reducer =>
  ({ schema, reduce }) as unknown as Reducer;
