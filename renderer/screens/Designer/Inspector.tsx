import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isTextKind, NAME_PARTS } from '../../../model/badge-element-kinds.ts';
import type { BadgeElement, TextElement } from '../../../model/badge-template.ts';
import type { Draft, DraftElement } from './model.ts';
import { ImagePicker } from './ImagePicker.tsx';
import styles from './Designer.module.css';

// The schema module's own guard would bring zod into the bundle; the kinds list says the same.
const isTextElement = (e: BadgeElement): e is TextElement => isTextKind(e.kind);

interface Props {
  readonly draft: Draft;
  readonly element: DraftElement;
  readonly onChange: (e: DraftElement, group: string | null) => void;
  readonly onDelete: () => void;
  readonly images: readonly { id: string; name: string }[];
  readonly onImageAdded: (id: string) => void;
}

function Num({ label, value, onChange, min = 0, max = 1000, step = 0.5, testId }: { label: string; value: number; onChange: (n: number) => void; min?: number; max?: number; step?: number; testId?: string }) {
  return (
    <label className="field">
      <span>{label}</span>
      <input className="input" type="number" value={value} min={min} max={max} step={step} data-testid={testId}
        onChange={(ev) => { const n = Number(ev.target.value); if (ev.target.value !== '' && Number.isFinite(n)) onChange(n); }} />
    </label>
  );
}

function Row({ children, columns }: { children: ReactNode; columns?: number }) {
  return <div className={styles.row} data-columns={columns}>{children}</div>;
}

/** Everything about the selected element: where it is, and how its text is set. */
export function Inspector({ draft, element: e, onChange, onDelete, images, onImageAdded }: Props) {
  const { t } = useTranslation();
  // Typing in one field is one undo step, until another field is touched.
  const set = (patch: Partial<DraftElement>, field: string): void => onChange({ ...e, ...patch } as DraftElement, `field-${e.id}-${field}`);
  const fonts = ['regular', 'bold', ...Object.keys(draft.userFonts ?? {})];
  return (
    <div className={styles.inspector} data-testid="inspector">
      <div className={styles.inspectorHead}>
        <h3>{t(`designer.kind.${e.kind}`)}</h3>
        <button type="button" className="btn btn-danger" onClick={onDelete} data-testid="delete-element">{t('designer.delete')}</button>
      </div>
      <Row columns={2}>
        <Num label={t('designer.x')} value={e.x} onChange={(x) => set({ x }, 'x')} testId="prop-x" />
        <Num label={t('designer.y')} value={e.y} onChange={(y) => set({ y }, 'y')} testId="prop-y" />
        <Num label={t('designer.width')} value={e.width} onChange={(width) => set({ width }, 'w')} min={1} testId="prop-width" />
        <Num label={t('designer.height')} value={e.height} onChange={(height) => set({ height }, 'h')} min={1} testId="prop-height" />
      </Row>
      {isTextElement(e) && (
        <>
          {e.kind === 'name' && (
            <label className="field">
              <span>{t('designer.namePart')}</span>
              <select className="input" value={e.part ?? 'display'} onChange={(ev) => set({ part: ev.target.value as (typeof NAME_PARTS)[number] }, 'part')}>
                {NAME_PARTS.map((p) => <option key={p} value={p}>{t(`designer.part.${p}`)}</option>)}
              </select>
            </label>
          )}
          {e.kind === 'text' && (
            <label className="field">
              <span>{t('designer.freeText')}</span>
              <input className="input" value={e.text ?? ''} maxLength={500} onChange={(ev) => set({ text: ev.target.value }, 'text')} data-testid="prop-text" />
              <small className="muted">{t('designer.placeholders')}</small>
            </label>
          )}
          <Row>
            <label className="field">
              <span>{t('designer.font')}</span>
              <select className="input" value={e.font ?? 'regular'} onChange={(ev) => set({ font: ev.target.value }, 'font')} data-testid="prop-font">
                {fonts.map((f) => <option key={f} value={f}>{f === 'regular' || f === 'bold' ? t(`designer.fontName.${f}`) : draft.userFonts?.[f]?.name ?? f}</option>)}
              </select>
            </label>
            <label className="field">
              <span>{t('designer.colour')}</span>
              <input className={styles.colour} type="color" value={e.colour ?? draft.text ?? '#1a1a1a'} onChange={(ev) => set({ colour: ev.target.value }, 'colour')} />
            </label>
          </Row>
          <Row>
            <Num label={t('designer.size')} value={e.size} onChange={(size) => set({ size, minSize: Math.min(e.minSize, size) }, 'size')} min={3} max={120} testId="prop-size" />
            <Num label={t('designer.minSize')} value={e.minSize} onChange={(minSize) => set({ minSize: Math.min(minSize, e.size) }, 'min')} min={3} max={120} />
            <Num label={t('designer.maxLines')} value={e.maxLines ?? 1} onChange={(maxLines) => set({ maxLines: Math.max(1, Math.min(6, Math.round(maxLines))) }, 'lines')} min={1} max={6} step={1} />
          </Row>
          <Row>
            <label className="field">
              <span>{t('designer.align')}</span>
              <select className="input" value={e.align ?? 'center'} onChange={(ev) => set({ align: ev.target.value as 'left' }, 'align')}>
                {(['left', 'center', 'right'] as const).map((a) => <option key={a} value={a}>{t(`designer.alignTo.${a}`)}</option>)}
              </select>
            </label>
            <label className="field">
              <span>{t('designer.valign')}</span>
              <select className="input" value={e.valign ?? 'middle'} onChange={(ev) => set({ valign: ev.target.value as 'top' }, 'valign')}>
                {(['top', 'middle', 'bottom'] as const).map((a) => <option key={a} value={a}>{t(`designer.valignTo.${a}`)}</option>)}
              </select>
            </label>
          </Row>
          <label className={styles.check}>
            <input type="checkbox" checked={e.uppercase ?? false} onChange={(ev) => set({ uppercase: ev.target.checked }, 'upper')} />
            {t('designer.uppercase')}
          </label>
        </>
      )}
      {(e.kind === 'line' || e.kind === 'box') && (
        <Row>
          <label className="field">
            <span>{t('designer.stroke')}</span>
            <input className={styles.colour} type="color" value={e.stroke ?? '#1a1a1a'} onChange={(ev) => set({ stroke: ev.target.value }, 'stroke')} />
          </label>
          <Num label={t('designer.strokeWidth')} value={e.strokeWidth ?? 0.5} onChange={(strokeWidth) => set({ strokeWidth }, 'sw')} max={20} step={0.1} />
          {e.kind === 'box' && (
            <label className="field">
              <span>{t('designer.fill')}</span>
              <input className={styles.colour} type="color" value={e.fill ?? '#ffffff'} onChange={(ev) => set({ fill: ev.target.value }, 'fill')} />
            </label>
          )}
        </Row>
      )}
      {e.kind === 'logo' && <ImagePicker value={e.image ?? 'event'} images={images} onPick={(image) => set({ image }, 'image')} onAdded={onImageAdded} />}
    </div>
  );
}
