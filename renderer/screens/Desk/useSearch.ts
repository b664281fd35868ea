import { useEffect, useRef, useState } from 'react';
import { call, errorMessage, isAbort } from '../../api/client.ts';
import { useLive } from '../../api/live.ts';
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
 * the previous request aborted so a slow answer never overwrites a newer one. The list is asked
 * again when anyone, at this desk or another, checks someone in, undoes or edits: its "in" marks
 * and names must not go stale while the query stays on screen.
 */
export function useSearch(query: string): SearchState {
  const [state, setState] = useState<SearchState>(EMPTY);
  const [generation, setGeneration] = useState(0);
  const inFlight = useRef<AbortController | null>(null);
  useLive(['checkin', 'checkin.undone', 'attendee.changed', 'remote-events'], () => setGeneration((g) => g + 1));
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
  }, [query, generation]);
  return state;
}
