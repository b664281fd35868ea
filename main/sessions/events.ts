import { z } from 'zod';
import { addRegistration, insertSessionCheckin, upsertSession } from '../../db/queries/sessions.ts';
import { eventKey } from '../events/envelope.ts';
import { defineReducer, type Reducer } from '../events/reducer.ts';
import { daySchema } from '../../model/attendee.ts';
import { sessionUndoReducers } from './undo-events.ts';

export const SESSION_ACCESS = ['open', 'registered', 'category'] as const;

export const sessionSchema = z.object({
  id: z.string().min(1).max(200),
  title: z.string().min(1).max(500),
  room: z.string().max(200),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  day: daySchema,
  type: z.string().max(100),
  capacity: z.number().int().positive().nullable(),
  access: z.enum(SESSION_ACCESS),
  categories: z.array(z.string().max(100)).max(50),
  speakers: z.string().max(2000),
});
export type SessionDefinition = z.infer<typeof sessionSchema>;

/** A programme import (or an edit): the sessions as they now are. Later definitions win, per session. */
export const sessionsDefined = z.object({ sessions: z.array(sessionSchema).min(1) });

/** People put on sessions' lists (registrations are only ever added). */
export const sessionRegistrations = z.object({
  registrations: z.array(z.object({ sessionId: z.string().min(1), attendeeId: z.string().min(1) })).min(1),
});

/** A person let in at a session's room door. */
export const sessionCheckin = z.object({
  sessionId: z.string().min(1),
  attendeeId: z.string().min(1),
  method: z.enum(['code', 'badge', 'id']),
  code: z.string().nullable(),
});

export const sessionReducers: Record<string, Reducer> = {
  'sessions.defined': defineReducer(sessionsDefined, (db, e) => {
    const key = eventKey(e);
    for (const s of e.payload.sessions) upsertSession(db, s, key);
  }),
  'sessions.registered': defineReducer(sessionRegistrations, (db, e) => {
    for (const r of e.payload.registrations) addRegistration(db, r.sessionId, r.attendeeId);
  }),
  'session.checkin': defineReducer(sessionCheckin, (db, e) => {
    insertSessionCheckin(db, { id: e.id, ...e.payload, at: e.at, desk: e.desk, operator: e.operator });
  }),
  ...sessionUndoReducers,
};
