import { type PointerEvent as ReactPointerEvent, useRef, useState } from 'react';
import { clampToPage, type Draft, type DraftElement, edgesOf, isSquare, MIN_SIDE_MM, snapValue } from './model.ts';

// Moving and resizing with pointer events (mouse, pen and touch alike). Positions are computed
// from where the drag began, so a slow render never makes the element lag behind the pointer.

export type Handle = 'move' | 'e' | 's' | 'se';

interface DragStart {
  readonly pointerId: number;
  readonly handle: Handle;
  readonly x: number;
  readonly y: number;
  readonly element: DraftElement;
  readonly group: string;
}

export interface Guides {
  readonly x: number | null;
  readonly y: number | null;
}

/** Snaps a span [start, start + len): whichever of its edges or centre lands nearest a target. */
function snapSpan(start: number, len: number, targets: readonly number[]): { start: number; guide: number | null } {
  for (const offset of [0, len, len / 2]) {
    const s = snapValue(start + offset, targets);
    if (s.guide !== null) return { start: s.value - offset, guide: s.guide };
  }
  return { start: snapValue(start, []).value, guide: null };
}

export function useDrag(draft: Draft, scale: number, onChange: (e: DraftElement, group: string) => void) {
  const start = useRef<DragStart | null>(null);
  const [guides, setGuides] = useState<Guides>({ x: null, y: null });
  const page = draft.size;

  const begin = (ev: ReactPointerEvent, element: DraftElement, handle: Handle): void => {
    if (ev.button !== 0) return;
    ev.stopPropagation();
    (ev.currentTarget as Element).setPointerCapture(ev.pointerId);
    start.current = { pointerId: ev.pointerId, handle, x: ev.clientX, y: ev.clientY, element, group: `drag-${element.id}-${ev.timeStamp}` };
  };

  const move = (ev: ReactPointerEvent): void => {
    const s = start.current;
    if (!s || s.pointerId !== ev.pointerId || scale <= 0) return;
    const dx = (ev.clientX - s.x) / scale;
    const dy = (ev.clientY - s.y) / scale;
    const e = s.element;
    const xs = edgesOf(draft.elements, e.id, page, 'x');
    const ys = edgesOf(draft.elements, e.id, page, 'y');
    let next: DraftElement;
    let guide: Guides;
    if (s.handle === 'move') {
      const sx = snapSpan(e.x + dx, e.width, xs);
      const sy = snapSpan(e.y + dy, e.height, ys);
      next = { ...e, x: sx.start, y: sy.start };
      guide = { x: sx.guide, y: sy.guide };
    } else {
      const right = s.handle === 's' ? null : snapValue(e.x + e.width + dx, xs);
      const bottom = s.handle === 'e' ? null : snapValue(e.y + e.height + dy, ys);
      let width = right ? Math.max(MIN_SIDE_MM, right.value - e.x) : e.width;
      let height = bottom ? Math.max(MIN_SIDE_MM, bottom.value - e.y) : e.height;
      if (isSquare(e)) width = height = s.handle === 'e' ? width : s.handle === 's' ? height : Math.max(width, height);
      next = { ...e, width, height };
      guide = { x: right?.guide ?? null, y: bottom?.guide ?? null };
    }
    setGuides(guide);
    onChange(clampToPage(next, page), s.group);
  };

  const end = (ev: ReactPointerEvent): void => {
    if (start.current?.pointerId !== ev.pointerId) return;
    start.current = null;
    setGuides({ x: null, y: null });
  };

  return { begin, move, end, guides };
}
