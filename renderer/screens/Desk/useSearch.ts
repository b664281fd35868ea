import { useEffect, useRef, useState } from 'react';
import { call, errorMessage, isAbort } from '../../api/client.ts';
import type { MethodOutput } from '../../api/methods.ts';

export interface SearchState {
  /** The query these hits answer (may lag the input by one request). */
  readonly query: string;
  readonly hits: MethodOutput<'roster.search'>;
  readonly error: string | null;
}

const LIMIT = 50;
const EMPTY: SearchState = { query: '', hits: [], error: null };

/**
 * Results as you type: one request per keystroke, no debounce (the core answers in a few ms), and
 * the previous request aborted so a slow answer never overwrites a newer one.
 */
export function useSearch(query: string): SearchState {
  const [state, setState] = useState<SearchState>(EMPTY);
  const inFlight = useRef<AbortController | null>(null);
  useEffect(() => {
    inFlight.current?.abort();
    const q = query.trim();
    if (q.length === 0) {
      setState(EMPTY);
      return;
    }
    const controller = new AbortController();
    inFlight.current = controller;
    call('roster.search', { query: q, limit: LIMIT }, controller.signal)
      .then((hits) => setState({ query: q, hits, error: null }))
      .catch((err: unknown) => {
        if (!isAbort(err) && !controller.signal.aborted) setState({ query: q, hits: [], error: errorMessage(err) });
      });
    return () => controller.abort();
  }, [query]);
  return state;
}
