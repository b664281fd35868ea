import type { BadgeElement, BadgeTemplate, ElementKind } from '../../../model/badge-template.ts';

// The designer's draft and the pure edits on it. The draft is a whole template, exactly what is
// sent to the preview and saved.

export type Draft = Omit<BadgeTemplate, 'elements'> & { elements: DraftElement[] };
export type DraftElement = BadgeElement;
export type { BadgeTemplate, ElementKind };

export const GRID_MM = 1;
export const SNAP_MM = 1.5;
export const NUDGE_MM = 0.5;
export const BIG_NUDGE_MM = 5;
export const MIN_SIDE_MM = 2;

const round = (n: number): number => Math.round(n * 10) / 10;

/** Sensible first size and style of a new element of `kind`, placed near the top-left. */
export function newElement(kind: ElementKind, id: string, page: { width: number; height: number }): DraftElement {
  const w = Math.min(page.width - 8, 60);
  const at = { id, x: 4, y: 4 };
  const text = (size: number, height: number, extra: object = {}) =>
    ({ ...at, kind, width: w, height, font: 'regular', size, minSize: Math.max(3, Math.round(size * 0.6)), maxLines: 1, align: 'center', valign: 'middle', uppercase: false, ...extra }) as DraftElement;
  switch (kind) {
    case 'name': return text(24, 22, { font: 'bold', maxLines: 2, part: 'display' });
    case 'organisation': return text(12, 8, { font: 'bold' });
    case 'text': return text(10, 6, { text: '{event} · {days}' });
    case 'meetings': return text(8, 10, { maxLines: 3, align: 'left', valign: 'top' });
    case 'category': return text(16, 10, { font: 'bold', uppercase: true });
    case 'jobTitle': case 'country': case 'eventName': case 'eventDates': return text(10, 6);
    case 'band': return { ...at, x: 0, kind, width: page.width, height: Math.min(20, page.height / 6) };
    case 'qr': case 'vcard': { const side = Math.min(30, page.width / 3, page.height / 3); return { ...at, kind, width: side, height: side }; }
    case 'logo': return { ...at, kind, width: Math.min(40, w), height: 20, image: 'event' };
    case 'line': return { ...at, kind, width: w, height: 2, stroke: '#1a1a1a', strokeWidth: 0.5 };
    case 'box': return { ...at, kind, width: 30, height: 20, stroke: '#1a1a1a', strokeWidth: 0.5 };
  }
}

/** A fresh id for a new element of `kind` ("name-2"). */
export function nextId(elements: readonly DraftElement[], kind: string): string {
  const base = kind.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const used = new Set(elements.map((e) => e.id));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Codes are square: their box keeps one side. */
export const isSquare = (e: DraftElement): boolean => e.kind === 'qr' || e.kind === 'vcard';

/**
 * Snaps a moving edge: to another element's edge (or the page's edges and centre) when within
 * SNAP_MM, else to the 1 mm grid. Returns the snapped value and the guide it snapped to, if any.
 */
export function snapValue(value: number, targets: readonly number[]): { value: number; guide: number | null } {
  let best: number | null = null;
  for (const t of targets) if (Math.abs(t - value) <= SNAP_MM && (best === null || Math.abs(t - value) < Math.abs(best - value))) best = t;
  if (best !== null) return { value: round(best), guide: best };
  return { value: Math.round(value / GRID_MM) * GRID_MM, guide: null };
}

/** Edges of the other elements and of the page, along one axis. */
export function edgesOf(elements: readonly DraftElement[], except: string, page: { width: number; height: number }, axis: 'x' | 'y'): number[] {
  const size = axis === 'x' ? page.width : page.height;
  const out = [0, size, size / 2];
  for (const e of elements) {
    if (e.id === except) continue;
    const start = axis === 'x' ? e.x : e.y;
    const len = axis === 'x' ? e.width : e.height;
    out.push(start, start + len, start + len / 2);
  }
  return out;
}

/** Keeps an element inside the page, never smaller than MIN_SIDE_MM. */
export function clampToPage(e: DraftElement, page: { width: number; height: number }): DraftElement {
  const width = Math.max(MIN_SIDE_MM, Math.min(e.width, page.width));
  const height = Math.max(MIN_SIDE_MM, Math.min(e.height, page.height));
  const x = Math.max(0, Math.min(e.x, page.width - width));
  const y = Math.max(0, Math.min(e.y, page.height - height));
  return { ...e, x: round(x), y: round(y), width: round(width), height: round(height) };
}

export function replaceElement(d: Draft, next: DraftElement): Draft {
  return { ...d, elements: d.elements.map((e) => (e.id === next.id ? next : e)) };
}

/** Moves by (dx, dy) mm, kept on the page (the arrow keys). */
export function nudge(d: Draft, id: string, dx: number, dy: number): Draft {
  const e = d.elements.find((x) => x.id === id);
  if (!e) return d;
  return replaceElement(d, clampToPage({ ...e, x: e.x + dx, y: e.y + dy }, d.size));
}
