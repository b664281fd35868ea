import { useSyncExternalStore } from 'react';

// The designer lives under Setup at #/setup/designer, so the main routes stay as they are.
export const DESIGNER_HREF = '#/setup/designer';

const isDesigner = (): boolean => /^#\/?setup\/designer\b/.test(location.hash);

export function useDesignerRoute(): boolean {
  return useSyncExternalStore((notify) => {
    window.addEventListener('hashchange', notify);
    return () => window.removeEventListener('hashchange', notify);
  }, isDesigner);
}
