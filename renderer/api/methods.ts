import type { Input, MethodName, Output } from '../../main/api/contract.ts';

// Types only: the renderer is typed by the contract without bundling its zod schemas.
export type { MethodName, LiveUpdate } from '../../main/api/contract.ts';
export type { Attendee, AttendeeFields } from '../../model/attendee.ts';
export type { ConferenceSettings } from '../../model/conference.ts';
export type { CheckinOutcome, CheckinView, PrintJobView, StatsView } from '../../main/api/schemas.ts';

export type MethodInput<M extends MethodName> = Input<M>;
export type MethodOutput<M extends MethodName> = Output<M>;
