import type { Input, MethodName, Output } from '../../main/api/contract.ts';

// Types only (import type): the renderer is typed by the contract and its schemas without bundling
// them; runtime values it shares with the core come from zod-free model/ files.
export type { MethodName, LiveUpdate } from '../../main/api/contract.ts';
export type { Attendee, AttendeeFields } from '../../model/attendee.ts';
export type { ConferenceSettings } from '../../model/conference.ts';
export type { CheckinOutcome, CheckinView, PrintJobView, StatsView } from '../../main/api/schemas.ts';

export type MethodInput<M extends MethodName> = Input<M>;
export type MethodOutput<M extends MethodName> = Output<M>;
