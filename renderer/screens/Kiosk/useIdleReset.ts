import { useEffect, useRef } from 'react';

/** Calls `onIdle` after `ms` without a touch, click or key (the next person must not see the last one's name). */
export function useIdleReset(active: boolean, ms: number, onIdle: () => void): void {
  const latest = useRef(onIdle);
  latest.current = onIdle;
  useEffect(() => {
    if (!active) return;
    let timer = setTimeout(() => latest.current(), ms);
    const restart = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current(), ms);
    };
    const events = ['pointerdown', 'keydown'] as const;
    events.forEach((e) => window.addEventListener(e, restart, true));
    return () => {
      clearTimeout(timer);
      events.forEach((e) => window.removeEventListener(e, restart, true));
    };
  }, [active, ms]);
}
