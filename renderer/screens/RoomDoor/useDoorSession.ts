import { useEffect, useState } from 'react';
import { useLive } from '../../api/live.ts';
import { useCall } from '../../api/useCall.ts';

const POLL_MS = 15_000;

/**
 * A session's live state at its door: the count moves with every check-in at any door (live
 * updates), and a slow poll keeps it right if the stream drops. `now` ticks so the screen notices
 * when the session ends.
 */
export function useDoorSession(sessionId: string) {
  const status = useCall('door.status', { sessionId });
  const { reload } = status;
  const [now, setNow] = useState(() => new Date());
  useLive(['session.checkin', 'remote-events'], (u) => {
    if (u.type !== 'session.checkin' || u.sessionId === sessionId) reload();
  });
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(new Date());
      reload();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [reload]);
  return { ...status, now };
}
