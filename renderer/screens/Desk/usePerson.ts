import { useEffect, useState } from 'react';
import { call } from '../../api/client.ts';
import { useLive } from '../../api/live.ts';
import type { MethodOutput } from '../../api/methods.ts';

const HISTORY_DELAY_MS = 250;

type Details = MethodOutput<'attendee.get'> & { readonly history: MethodOutput<'attendee.history'> };

/**
 * The full record of the person on the card (check-ins, meeting count, history at the door),
 * refreshed when any desk checks them in, undoes, prints or edits them (other desks' changes arrive
 * through sync).
 */
export function usePerson(attendeeId: string | null): Details | null {
  const [details, setDetails] = useState<Details | null>(null);
  const [generation, setGeneration] = useState(0);
  useLive(['checkin', 'checkin.undone', 'attendee.changed', 'remote-events', 'print.job'], (u) => {
    // Events from other desks do not say whom they touched: reload the open card.
    if (u.type === 'remote-events') {
      if (attendeeId) setGeneration((g) => g + 1);
      return;
    }
    const id = u.type === 'checkin' ? u.outcome.attendee?.id
      : u.type === 'checkin.undone' ? u.checkin.attendeeId
        : u.type === 'attendee.changed' ? u.attendeeId
          : u.type === 'print.job' ? u.job.attendeeId : null;
    if (id && id === attendeeId) setGeneration((g) => g + 1);
  });
  useEffect(() => {
    if (!attendeeId) {
      setDetails(null);
      return;
    }
    const controller = new AbortController();
    call('attendee.get', { id: attendeeId }, controller.signal)
      .then((d) => setDetails((prev) => ({ ...d, history: prev?.attendee.id === attendeeId ? prev.history : [] })))
      .catch(() => undefined); // the card falls back to what the search hit carried
    // The history waits until the card stays on one person: while a name is typed the card follows
    // the highlighted result, and a request per keystroke would slow the results down.
    const later = setTimeout(() => {
      call('attendee.history', { id: attendeeId }, controller.signal)
        .then((history) => setDetails((prev) => (prev && prev.attendee.id === attendeeId ? { ...prev, history } : prev)))
        .catch(() => undefined);
    }, HISTORY_DELAY_MS);
    return () => {
      clearTimeout(later);
      controller.abort();
    };
  }, [attendeeId, generation]);
  return details && details.attendee.id === attendeeId ? details : null;
}
