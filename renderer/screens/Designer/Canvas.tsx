import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { categoryColours } from '../../../model/badge-category-style.ts';
import type { BadgeTemplate } from '../../../model/badge-template.ts';
import { BIG_NUDGE_MM, type Draft, type DraftElement, NUDGE_MM } from './model.ts';
import { ElementFace, faceText } from './ElementFace.tsx';
import { useDrag } from './useDrag.ts';
import styles from './Designer.module.css';

interface Props {
  readonly draft: Draft;
  readonly selected: string | null;
  readonly onSelect: (id: string | null) => void;
  readonly onChange: (e: DraftElement, group: string | null) => void;
  readonly onNudge: (id: string, dx: number, dy: number) => void;
  readonly onDelete: (id: string) => void;
  /** Elements whose text the renderer had to cut, with the names that did not fit. */
  readonly cut: ReadonlyMap<string, readonly string[]>;
  readonly category: string;
  readonly images: ReadonlyMap<string, string>;
  readonly sampleName: string;
}

const PAD = 24;

/** The badge face at its true proportions, its elements placed, dragged and resized in millimetres. */
export function Canvas({ draft, selected, onSelect, onChange, onNudge, onDelete, cut, category, images, sampleName }: Props) {
  const { t } = useTranslation();
  const frame = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState({ width: 600, height: 500 });
  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setBox({ width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const page = draft.size;
  const scale = Math.max(0.5, Math.min((box.width - 2 * PAD) / page.width, (box.height - 2 * PAD) / page.height));
  const drag = useDrag(draft, scale, onChange);
  const colours = categoryColours(draft as BadgeTemplate, category);

  const onKey = (ev: KeyboardEvent, e: DraftElement): void => {
    const step = ev.shiftKey ? BIG_NUDGE_MM : NUDGE_MM;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const m = moves[ev.key];
    if (m) {
      ev.preventDefault();
      onNudge(e.id, m[0], m[1]);
    } else if (ev.key === 'Delete' || ev.key === 'Backspace') {
      ev.preventDefault();
      onDelete(e.id);
    } else if (ev.key === 'Escape') {
      onSelect(null);
    }
  };

  const px = (mm: number): number => mm * scale;
  return (
    <div ref={frame} className={styles.canvasFrame} data-testid="designer-canvas" onPointerDown={() => onSelect(null)}>
      <div
        className={styles.page}
        data-testid="designer-page"
        data-scale={scale}
        style={{ width: px(page.width), height: px(page.height), background: draft.background ?? '#ffffff', backgroundSize: `${px(5)}px ${px(5)}px` }}
        onPointerMove={drag.move}
        onPointerUp={drag.end}
        onPointerCancel={drag.end}
      >
        {draft.elements.map((e) => {
          const names = cut.get(e.id);
          return (
            <div
              key={e.id}
              className={styles.element}
              data-testid={`el-${e.id}`}
              data-kind={e.kind}
              data-selected={e.id === selected}
              data-cut={names ? 'true' : undefined}
              role="button"
              tabIndex={0}
              aria-pressed={e.id === selected}
              aria-label={[faceText(e, draft, t, sampleName), t('designer.elementLabel', { kind: t(`designer.kind.${e.kind}`), x: e.x, y: e.y, width: e.width, height: e.height })].filter(Boolean).join(' · ')}
              style={{ left: px(e.x), top: px(e.y), width: px(e.width), height: px(e.height) }}
              onPointerDown={(ev) => {
                onSelect(e.id);
                drag.begin(ev, e, 'move');
              }}
              onFocus={() => onSelect(e.id)}
              onKeyDown={(ev) => onKey(ev, e)}
            >
              <ElementFace element={e} draft={draft} scale={scale} colours={colours} images={images} sampleName={sampleName} />
              {names && <span className={styles.cutTag}>{t('designer.cut', { name: names.join(', ') })}</span>}
              {e.id === selected && (['e', 's', 'se'] as const).map((h) => (
                <span key={h} aria-hidden="true" className={styles.handle} data-handle={h} data-testid={`handle-${h}`} onPointerDown={(ev) => drag.begin(ev, e, h)} />
              ))}
            </div>
          );
        })}
        {drag.guides.x !== null && <span className={styles.guideX} style={{ left: px(drag.guides.x) }} aria-hidden="true" />}
        {drag.guides.y !== null && <span className={styles.guideY} style={{ top: px(drag.guides.y) }} aria-hidden="true" />}
      </div>
    </div>
  );
}
