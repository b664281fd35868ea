import { getAttendee } from '../../../db/queries/attendees.ts';
import { meetingsOf } from '../../../db/queries/meetings.ts';
import { scanAtMatchmaking } from '../../meetings/confirm.ts';
import { doorActor } from '../../meetings/door.ts';
import { meetingsReport } from '../../meetings/report.ts';
import { meetingsReportFile } from '../../meetings/report-export.ts';
import type { Output } from '../contract.ts';
import { ApiFailure } from '../failure.ts';
import type { HandlersOf } from '../handler-types.ts';

// The dashboard's report shows the first no-shows; the export has them all.
const NO_SHOWS_SHOWN = 200;

/** Matchmaking: a person's meetings, a scan at a matchmaking desk or table, the report and its export. */
export const meetingsHandlers: HandlersOf<'meetings'> = {
  'meetings.forAttendee': ({ attendeeId }, ctx) => {
    if (!getAttendee(ctx.db, attendeeId)) throw new ApiFailure('not-found', `No attendee with id ${attendeeId}.`);
    return meetingsOf(ctx.db, attendeeId);
  },
  'meetings.scan': ({ code, pending, place }, ctx) => {
    // A room-door tablet has no desk name of its own: it must say where it stands, and the log says it was that door.
    const atDoor = ctx.caller?.role === 'door';
    if (atDoor && !place) throw new ApiFailure('invalid', 'A room door must say where it stands (place: the room or the table).');
    const actor = atDoor && place ? doorActor(ctx.actor, place) : ctx.actor;
    const r = scanAtMatchmaking(ctx.db, actor, code, pending, { now: ctx.now(), ...(place ? { place } : {}) });
    if (r.kind === 'confirmed') ctx.bus.publish({ type: 'meeting.held', meetingId: r.meeting.id });
    return r as Output<'meetings.scan'>;
  },
  'meetings.report': (_input, ctx) => {
    const { meetings: _none, ...report } = meetingsReport(ctx.db, ctx.now(), { noShowLimit: NO_SHOWS_SHOWN });
    // The core's readonly arrays; the transport parses the value against the schema anyway.
    return report as unknown as Output<'meetings.report'>;
  },
  'meetings.exportReport': async ({ format, notHeld }, ctx) => {
    const file = await meetingsReportFile(ctx.db, format, notHeld, ctx.now());
    return { fileName: file.fileName, mime: file.mime, base64: file.bytes.toString('base64'), rows: file.rows };
  },
};
