import { useState } from 'react';
import { useLive } from './live.ts';
import type { MethodOutput } from './methods.ts';
import { useCall } from './useCall.ts';

export type SyncView = MethodOutput<'sync.status'>;

/** This desk's sync status: loaded once, then kept current by the core's 'sync' live updates. */
export function useSyncStatus(): { status: SyncView | undefined; reload: () => void; error: string | null } {
  const loaded = useCall('sync.status', {});
  const [pushed, setPushed] = useState<SyncView | null>(null);
  useLive(['sync'], (u) => {
    if (u.type === 'sync') setPushed(u.status);
  });
  return { status: pushed ?? loaded.data, reload: loaded.reload, error: loaded.error };
}

/** Which of the few sync states a screen shows. */
export type SyncState = 'single' | 'stopped' | 'connected' | 'offline' | 'hubEmpty' | 'restoring';

export function syncStateOf(s: SyncView): SyncState {
  if (!s.configured) return 'single';
  if (!s.running) return 'stopped';
  if (!s.connected) return 'offline';
  // Connected to a hub that holds no events is not "connected" in any useful way: say so.
  if (s.hub === 'empty' || s.hub === 'no-stream') return 'hubEmpty';
  return s.hub === 'restoring' ? 'restoring' : 'connected';
}
