import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAGE_SIZES, type PageSizeName } from '../../../model/badge-elements.ts';
import { useCall } from '../../api/useCall.ts';
import styles from './Designer.module.css';

export type Start = { readonly template: string } | { readonly size: { width: number; height: number } };

/** Where a design begins: any template (bundled or saved), or a blank page of a supported size. */
export function StartPanel({ onStart }: { onStart: (s: Start) => void }) {
  const { t } = useTranslation();
  const templates = useCall('designer.templates', {});
  const [size, setSize] = useState<PageSizeName | 'custom'>('a6-portrait');
  const [custom, setCustom] = useState({ width: 90, height: 60 });
  const valid = custom.width >= 20 && custom.width <= 400 && custom.height >= 20 && custom.height <= 400;
  return (
    <div className={styles.start} data-testid="designer-start">
      <section className={`card ${styles.startCard}`} aria-labelledby="start-template">
        <h2 id="start-template">{t('designer.fromTemplate')}</h2>
        <ul className={styles.startList}>
          {templates.data?.filter((x) => !x.fold).map((x) => (
            <li key={x.id}>
              <button type="button" className={styles.startItem} onClick={() => onStart({ template: x.id })} data-testid={`start-${x.id}`}>
                <span className={styles.thumb} style={{ aspectRatio: `${x.width} / ${x.height}` }} aria-hidden="true" />
                <span>
                  <strong>{x.id}</strong>
                  <span className="muted">{x.description}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section className={`card ${styles.startCard}`} aria-labelledby="start-blank">
        <h2 id="start-blank">{t('designer.blank')}</h2>
        <div className={styles.sizes} role="radiogroup" aria-label={t('designer.pageSize')}>
          {[...Object.keys(PAGE_SIZES), 'custom'].map((k) => (
            <label key={k} className={styles.sizeOption} data-selected={k === size}>
              <input type="radio" name="page-size" value={k} checked={k === size} onChange={() => setSize(k as PageSizeName)} />
              <span>{t(`designer.sizes.${k}`)}</span>
            </label>
          ))}
        </div>
        {size === 'custom' && (
          <div className={styles.row}>
            <label className="field"><span>{t('designer.widthMm')}</span>
              <input className="input" type="number" min={20} max={400} value={custom.width} onChange={(e) => setCustom({ ...custom, width: Number(e.target.value) })} data-testid="custom-width" /></label>
            <label className="field"><span>{t('designer.heightMm')}</span>
              <input className="input" type="number" min={20} max={400} value={custom.height} onChange={(e) => setCustom({ ...custom, height: Number(e.target.value) })} data-testid="custom-height" /></label>
          </div>
        )}
        <button type="button" className="btn btn-primary" disabled={size === 'custom' && !valid} data-testid="start-blank"
          onClick={() => onStart({ size: size === 'custom' ? custom : { ...PAGE_SIZES[size] } })}>
          {t('designer.startBlank')}
        </button>
      </section>
    </div>
  );
}
