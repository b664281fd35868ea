import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { LiveUpdate } from './methods.ts';
import { pairingToken } from './client.ts';

// Live updates from the core: check-ins on any desk, printer state, help requests. One shared
// connection (SSE /api/events in a browser, window.foyer.onUpdate in Electron) fans out to every
// subscriber; EventSource reconnects by itself after a network blip.

export type { LiveUpdate };
type Listener = (update: LiveUpdate) => void;
export type LiveState = 'connecting' | 'live' | 'offline';

const listeners = new Set<Listener>();
const stateListeners = new Set<() => void>();
let state: LiveState = 'connecting';
let close: (() => void) | null = null;

const setState = (next: LiveState): void => {
  if (next === state) return;
  state = next;
  stateListeners.forEach((l) => l());
};

const dispatch = (raw: unknown): void => {
  if (!raw || typeof raw !== 'object' || typeof (raw as { type?: unknown }).type !== 'string') return;
  listeners.forEach((l) => l(raw as LiveUpdate));
};

function open(): () => void {
  const bridge = (globalThis as { foyer?: { onUpdate?: (l: (u: unknown) => void) => () => void } }).foyer;
  if (bridge?.onUpdate) {
    setState('live');
    return bridge.onUpdate(dispatch);
  }
  const token = pairingToken();
  const source = new EventSource(`/api/events${token ? `?token=${encodeURIComponent(token)}` : ''}`);
  source.onopen = () => setState('live');
  source.onerror = () => setState(source.readyState === EventSource.CLOSED ? 'offline' : 'connecting');
  source.onmessage = (m: MessageEvent<string>) => {
    try {
      dispatch(JSON.parse(m.data));
    } catch {
      // A malformed frame is dropped; the next one still arrives.
    }
  };
  return () => source.close();
}

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  close ??= open();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && stateListeners.size === 0) {
      close?.();
      close = null;
      state = 'connecting';
    }
  };
}

/** Calls `onUpdate` for each live update of one of `types` (every update when empty). */
export function useLive(types: readonly LiveUpdate['type'][], onUpdate: (update: LiveUpdate) => void): void {
  const latest = useRef(onUpdate);
  latest.current = onUpdate;
  const key = types.join('|');
  useEffect(() => {
    const wanted = key ? key.split('|') : [];
    return subscribe((u) => {
      if (wanted.length === 0 || wanted.includes(u.type)) latest.current(u);
    });
  }, [key]);
}

export function useLiveState(): LiveState {
  return useSyncExternalStore(
    (notify) => {
      stateListeners.add(notify);
      const unsubscribe = subscribe(() => undefined);
      return () => {
        stateListeners.delete(notify);
        unsubscribe();
      };
    },
    () => state,
  );
}
