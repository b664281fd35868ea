import { CATEGORIES } from './attendee-values.ts';
import type { BadgeElement, BadgeTemplate } from './badge-template.ts';

// Pure helpers the designer starts from: a bundled template's fixed regions turned into the free
// element list (drawn the same), and blank pages of the sizes badge holders and labels come in.

export const PAGE_SIZES = {
  'a6-portrait': { width: 105, height: 148 },
  'a6-landscape': { width: 148, height: 105 },
  a7: { width: 74, height: 105 },
  'label-4x3': { width: 101.6, height: 76.2 },
  'label-4x6': { width: 101.6, height: 152.4 },
  cr80: { width: 85.6, height: 54 },
} as const;
export type PageSizeName = keyof typeof PAGE_SIZES;

/** The region order of the bundled renderer, so the converted face draws the same. */
const TEXT_REGIONS = ['category', 'eventName', 'eventDates', 'name', 'organisation', 'jobTitle', 'country'] as const;

export function regionsToElements(t: BadgeTemplate): BadgeElement[] {
  const r = t.regions;
  if (!r) return [...(t.elements ?? [])];
  const out: BadgeElement[] = [{ id: 'band', kind: 'band', ...r.band }];
  for (const name of TEXT_REGIONS) {
    const region = r[name];
    if (!region) continue;
    const id = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    out.push({ id, kind: name, ...region, ...(name === 'name' ? { part: 'display' as const } : {}) });
  }
  if (r.logo) out.push({ id: 'logo', kind: 'logo', image: 'event', ...r.logo });
  out.push({ id: 'qr', kind: 'qr', x: r.qr.x, y: r.qr.y, width: r.qr.size, height: r.qr.size });
  if (r.vcard) out.push({ id: 'vcard', kind: 'vcard', x: r.vcard.x, y: r.vcard.y, width: r.vcard.size, height: r.vcard.size });
  return out;
}

/** A bundled template as a designer draft: same face, elements instead of regions, no fold panel. */
export function toDesignerDraft(t: BadgeTemplate, name: string): BadgeTemplate {
  const { regions: _regions, fold: _fold, ...rest } = t;
  return { ...rest, name, description: `${t.description} (designed)`, elements: regionsToElements(t) };
}

const DEFAULT_COLOURS: Record<(typeof CATEGORIES)[number], { band: string; text: string }> = {
  participant: { band: '#1f5fa8', text: '#ffffff' },
  speaker: { band: '#c0392b', text: '#ffffff' },
  organiser: { band: '#1e7b4f', text: '#ffffff' },
  press: { band: '#f2c200', text: '#1a1a1a' },
  staff: { band: '#5b2c83', text: '#ffffff' },
  vip: { band: '#1a1a1a', text: '#e8c35a' },
  exhibitor: { band: '#d35400', text: '#ffffff' },
};

/** An empty page of the given size (millimetres). */
export function blankTemplate(name: string, size: { width: number; height: number }): BadgeTemplate & { elements: BadgeElement[] } {
  return {
    name,
    description: `Designed badge, ${size.width} × ${size.height} mm`,
    size: { ...size },
    fonts: { regular: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf' },
    background: '#ffffff',
    text: '#1a1a1a',
    muted: '#555555',
    colours: structuredClone(DEFAULT_COLOURS),
    labels: {},
    elements: [],
  };
}
