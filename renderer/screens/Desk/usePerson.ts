import { useEffect, useState } from 'react';
import { call } from '../../api/client.ts';
import { useLive } from '../../api/live.ts';
import type { MethodOutput } from '../../api/methods.ts';

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
    Promise.all([call('attendee.get', { id: attendeeId }, controller.signal), call('attendee.history', { id: attendeeId }, controller.signal).catch(() => [])])
      .then(([d, history]) => setDetails({ ...d, history }))
      .catch(() => undefined); // the card falls back to what the search hit carried
    return () => controller.abort();
  }, [attendeeId, generation]);
  return details && details.attendee.id === attendeeId ? details : null;
}
