import { useCallback, useEffect, useState } from 'react';
import { call } from '../../api/client.ts';

/** The images added to designs (and the event's logo), as URLs the canvas can show. */
export function useImages(): { urls: ReadonlyMap<string, string>; list: readonly { id: string; name: string }[]; reload: () => void } {
  const [urls, setUrls] = useState<ReadonlyMap<string, string>>(new Map());
  const [list, setList] = useState<readonly { id: string; name: string }[]>([]);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const [event, assets] = await Promise.all([call('event.get', {}), call('designer.assets', {})]);
      const images = assets.filter((a) => a.kind === 'image');
      const next = new Map<string, string>();
      if (event?.logo) next.set('event', event.logo);
      for (const a of images) {
        const img = await call('designer.image', { id: a.id });
        next.set(a.id, `data:${img.mime};base64,${img.base64}`);
      }
      if (!cancelled) {
        setUrls(next);
        setList(images.map((a) => ({ id: a.id, name: a.name })));
      }
    })().catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [generation]);
  return { urls, list, reload: useCallback(() => setGeneration((g) => g + 1), []) };
}
