import { useSyncExternalStore } from 'react';

// Hash routes (#/desk, #/kiosk, …): they work from app:// in Electron and from any static server.
export const ROUTES = ['desk', 'kiosk', 'setup', 'dashboard', 'door', 'matchmaking'] as const;
export type Route = (typeof ROUTES)[number];

const current = (): Route => {
  const name = location.hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return (ROUTES as readonly string[]).includes(name ?? '') ? (name as Route) : 'desk';
};

export function useRoute(): Route {
  return useSyncExternalStore(
    (notify) => {
      window.addEventListener('hashchange', notify);
      return () => window.removeEventListener('hashchange', notify);
    },
    current,
  );
}

export const hrefOf = (route: Route): string => `#/${route}`;
