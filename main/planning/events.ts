import { z } from 'zod';
import { savePlan } from '../../db/queries/planning.ts';
import { eventKey } from '../events/envelope.ts';
import { defineReducer, type Reducer } from '../events/reducer.ts';
import { daySchema } from '../../model/attendee.ts';

/** What a desk-sizing plan was made from: kept with the day, so the dashboard compares it with what happened. */
export const planInputs = z.object({
  arrivals: z.number().int().min(1).max(1_000_000),
  opening: z.string().regex(/^\d{2}:\d{2}$/),
  targetSeconds: z.number().min(1).max(7200),
  percentile: z.number().min(0.5).max(0.999).default(0.95),
  /** Null: measured by Foyer (check-ins of this event), or 30 s when nothing was measured yet. */
  serviceSeconds: z.number().min(1).max(3600).nullable().default(null),
  printSeconds: z.number().min(1).max(600).default(8),
  printShare: z.number().min(0).max(1).default(1),
});
export type PlanInputs = z.infer<typeof planInputs>;

export const planSaved = z.object({ day: daySchema, inputs: planInputs });

export const planningReducers: Record<string, Reducer> = {
  'plan.saved': defineReducer(planSaved, (db, e) => savePlan(db, e.payload.day, e.payload.inputs, e.at, eventKey(e))),
};
