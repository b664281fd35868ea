import { describe, expect, it } from 'vitest';
import { templateBaseSchema } from '../../model/badge-template.ts';
import { blankTemplate } from '../../model/badge-elements.ts';
import { clampToPage, type Draft, newElement, nextId, nudge, snapValue } from '../../renderer/screens/Designer/model.ts';
import { reduce, type State } from '../../renderer/screens/Designer/useHistory.ts';

const page = { width: 105, height: 148 };
const draft = (): Draft => ({ ...blankTemplate('t', page), elements: [newElement('name', 'name', page), { ...newElement('qr', 'qr', page), x: 60, y: 100 }] });

describe('designer model', () => {
  it('snaps to a nearby edge first, else to the 1 mm grid', () => {
    expect(snapValue(59.2, [60, 90])).toEqual({ value: 60, guide: 60 });
    expect(snapValue(57.4, [60])).toEqual({ value: 57, guide: null });
    expect(snapValue(57.6, [])).toEqual({ value: 58, guide: null });
  });

  it('nudges by the given millimetres and keeps elements on the page', () => {
    const d = nudge(draft(), 'name', 0.5, -5);
    expect(d.elements[0]).toMatchObject({ x: 4.5, y: 0 });
    expect(clampToPage({ ...newElement('box', 'b', page), x: 100, y: 140, width: 30, height: 20 }, page)).toMatchObject({ x: 75, y: 128 });
    expect(nextId(draft().elements, 'name')).toBe('name-2');
  });

  it('undo takes back a whole drag (one group), redo puts it back, a new edit clears redo', () => {
    let s: State<number> = { past: [], present: 0, future: [], group: null };
    for (const v of [1, 2, 3]) s = reduce(s, { type: 'set', next: v, group: 'drag-1' });
    s = reduce(s, { type: 'set', next: 10, group: null });
    expect(s.past).toEqual([0, 3]);
    s = reduce(s, { type: 'undo' });
    expect(s.present).toBe(3);
    s = reduce(s, { type: 'undo' });
    expect(s.present).toBe(0);
    s = reduce(s, { type: 'redo' });
    expect(s.present).toBe(3);
    s = reduce(s, { type: 'set', next: (n: number) => n + 1, group: null });
    expect(s).toMatchObject({ present: 4, future: [] });
  });

  it('a designed template is checked by the same schema: overlaps, fonts, either regions or elements', () => {
    expect(templateBaseSchema.safeParse(draft()).success).toBe(true);
    const overlapping = { ...draft(), elements: [newElement('name', 'name', page), newElement('organisation', 'org', page)] };
    const r = templateBaseSchema.safeParse(overlapping);
    expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['elements.org: overlaps elements.name']);
    const badFont = { ...draft(), elements: [{ ...newElement('name', 'name', page), font: 'fancy' }] };
    expect(JSON.stringify(templateBaseSchema.safeParse(badFont).error?.issues)).toContain('no font \\"fancy\\"');
    const neither = { ...draft(), elements: undefined };
    expect(JSON.stringify(templateBaseSchema.safeParse(neither).error?.issues)).toContain('either regions or elements');
    // A roster category beyond the seven standard ones may have its own colours.
    const extra = { ...draft(), colours: { ...draft().colours, volunteer: { band: '#00aa00', text: '#ffffff' } } };
    expect(templateBaseSchema.safeParse(extra).success).toBe(true);
  });
});
