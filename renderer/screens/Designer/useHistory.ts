import { useCallback, useReducer } from 'react';

// Undo and redo over the whole draft. A drag or a typed number changes the draft many times;
// edits with the same `group` key in a row make one step, so one undo takes back the whole drag.

export interface State<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  readonly group: string | null;
}

export type Action<T> =
  | { type: 'set'; next: T | ((current: T) => T); group: string | null }
  | { type: 'reset'; next: T }
  | { type: 'undo' }
  | { type: 'redo' };

const LIMIT = 200;

/** Exported for the unit test; the hook below is how screens use it. */
export function reduce<T>(s: State<T>, a: Action<T>): State<T> {
  switch (a.type) {
    case 'set': {
      const next = typeof a.next === 'function' ? (a.next as (c: T) => T)(s.present) : a.next;
      if (next === s.present) return s;
      if (a.group !== null && a.group === s.group) return { ...s, present: next };
      return { past: [...s.past, s.present].slice(-LIMIT), present: next, future: [], group: a.group };
    }
    case 'reset':
      return { past: [], present: a.next, future: [], group: null };
    case 'undo': {
      const prev = s.past.at(-1);
      if (prev === undefined) return s;
      return { past: s.past.slice(0, -1), present: prev, future: [s.present, ...s.future], group: null };
    }
    case 'redo': {
      const [next, ...rest] = s.future;
      if (next === undefined) return s;
      return { past: [...s.past, s.present], present: next, future: rest, group: null };
    }
  }
}

export interface History<T> {
  readonly present: T;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  set(next: T | ((current: T) => T), group?: string | null): void;
  reset(next: T): void;
  undo(): void;
  redo(): void;
}

export function useHistory<T>(initial: T): History<T> {
  const [s, dispatch] = useReducer(reduce<T>, { past: [], present: initial, future: [], group: null });
  const set = useCallback((next: T | ((current: T) => T), group: string | null = null) => dispatch({ type: 'set', next, group }), []);
  return {
    present: s.present,
    canUndo: s.past.length > 0,
    canRedo: s.future.length > 0,
    set,
    reset: useCallback((next: T) => dispatch({ type: 'reset', next }), []),
    undo: useCallback(() => dispatch({ type: 'undo' }), []),
    redo: useCallback(() => dispatch({ type: 'redo' }), []),
  };
}
