import { useTranslation } from 'react-i18next';
import { DESIGNER_HREF } from './route.ts';
import styles from './Designer.module.css';

/** The way into the designer from Setup's badge template section. */
export function OpenDesignerLink() {
  const { t } = useTranslation();
  return (
    <p className={styles.openRow}>
      <span className="muted">{t('designer.openHint')}</span>
      <a className={`btn ${styles.openLink}`} href={DESIGNER_HREF} data-testid="open-designer">{t('designer.open')}</a>
    </p>
  );
}
