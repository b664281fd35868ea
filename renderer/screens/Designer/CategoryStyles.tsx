import { useTranslation } from 'react-i18next';
import { categoryColours, categoryLabel } from '../../../model/badge-category-style.ts';
import type { BadgeTemplate } from '../../../model/badge-template.ts';
import type { Draft } from './model.ts';
import styles from './Designer.module.css';

interface Props {
  readonly draft: Draft;
  readonly categories: readonly string[];
  readonly onChange: (next: Draft, group: string) => void;
  readonly current: string;
  readonly onShow: (category: string) => void;
}

/** Every category's band colour, text colour and printed label, side by side. */
export function CategoryStyles({ draft, categories, onChange, current, onShow }: Props) {
  const { t } = useTranslation();
  const template = draft as BadgeTemplate;
  const setColour = (category: string, key: 'band' | 'text', value: string): void => {
    const colours = { ...draft.colours, [category]: { ...categoryColours(template, category), [key]: value } };
    onChange({ ...draft, colours } as Draft, `colour-${category}-${key}`);
  };
  const setLabel = (category: string, value: string): void => {
    const labels = { ...(draft.labels ?? {}) };
    if (value.trim()) labels[category] = value;
    else delete labels[category];
    onChange({ ...draft, labels }, `label-${category}`);
  };
  return (
    <div className={styles.categories} data-testid="category-styles">
      {categories.map((c) => {
        const colours = categoryColours(template, c);
        return (
          <div key={c} className={styles.category} data-current={c === current}>
            <button type="button" className={styles.swatch} style={{ background: colours.band, color: colours.text }} onClick={() => onShow(c)}
              aria-pressed={c === current} aria-label={t('designer.showCategory', { category: categoryLabel(template, c) })}>
              {categoryLabel(template, c)}
            </button>
            <div className={styles.categoryFields}>
              <label className={styles.mini}>
                <span>{t('designer.band')}</span>
                <input type="color" value={colours.band} onChange={(ev) => setColour(c, 'band', ev.target.value)} aria-label={t('designer.bandOf', { category: c })} />
              </label>
              <label className={styles.mini}>
                <span>{t('designer.textColour')}</span>
                <input type="color" value={colours.text} onChange={(ev) => setColour(c, 'text', ev.target.value)} aria-label={t('designer.textOf', { category: c })} />
              </label>
              <input className={`input ${styles.labelInput}`} value={draft.labels?.[c] ?? ''} placeholder={categoryLabel({ ...template, labels: {} }, c)} maxLength={60}
                onChange={(ev) => setLabel(c, ev.target.value)} aria-label={t('designer.labelOf', { category: c })} />
            </div>
          </div>
        );
      })}
    </div>
  );
}
