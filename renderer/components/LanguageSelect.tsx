import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type LanguageCode } from '../i18n/index.ts';
import styles from './LanguageSelect.module.css';

export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  return (
    <label className={styles.wrap}>
      <span className="sr-only">{t('shell.language')}</span>
      <select
        className={styles.select}
        value={i18n.resolvedLanguage}
        onChange={(e) => setLanguage(e.target.value as LanguageCode)}
        data-testid="language-select"
      >
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code}>{l.name}</option>
        ))}
      </select>
    </label>
  );
}
