import { useTranslation } from 'react-i18next';
import type { ElementKind } from '../../../model/badge-template.ts';
import styles from './Designer.module.css';

const GROUPS: readonly (readonly ElementKind[])[] = [
  ['name', 'organisation', 'jobTitle', 'country', 'category'],
  ['eventName', 'eventDates', 'text', 'meetings'],
  ['band', 'qr', 'vcard', 'logo', 'line', 'box'],
];

/** Buttons that add an element of each kind to the face. */
export function Palette({ onAdd }: { onAdd: (kind: ElementKind) => void }) {
  const { t } = useTranslation();
  return (
    <div className={styles.palette} role="group" aria-label={t('designer.add')}>
      {GROUPS.map((g, i) => (
        <div key={i} className={styles.paletteGroup}>
          {g.map((k) => (
            <button key={k} type="button" className={styles.paletteButton} onClick={() => onAdd(k)} data-testid={`add-${k}`}>
              <span aria-hidden="true" className={styles.plus}>+</span>
              {t(`designer.kind.${k}`)}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
