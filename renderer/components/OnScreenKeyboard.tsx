import { useTranslation } from 'react-i18next';
import styles from './OnScreenKeyboard.module.css';

// Touch keyboard for the kiosk. The letter rows are QWERTY; the extra row carries the letters of
// the chosen language (ă â î ș ț, å ä ö …) so names can be typed as written.
const LETTERS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const EXTRA: Record<string, string> = { ro: 'ăâîșț', sv: 'åäö', en: '' };
const EMAIL_KEYS = ['@', '.', '-', '_'];

interface Props {
  readonly onKey: (text: string) => void;
  readonly onBackspace: () => void;
  readonly onEnter?: () => void;
  readonly enterLabel?: string;
  readonly mode: 'name' | 'email';
}

export function OnScreenKeyboard({ onKey, onBackspace, onEnter, enterLabel, mode }: Props) {
  const { t, i18n } = useTranslation();
  const extra = EXTRA[i18n.resolvedLanguage ?? 'en'] ?? '';
  const key = (k: string) => (
    <button key={k} type="button" className={styles.key} onClick={() => onKey(k)} aria-label={k}>
      {k}
    </button>
  );
  return (
    <div className={styles.keyboard} role="group" aria-label={t('kiosk.keyboard')} data-testid="on-screen-keyboard">
      {mode === 'email' && <div className={styles.row}>{'1234567890'.split('').map(key)}</div>}
      {LETTERS.map((row, i) => (
        <div key={row} className={styles.row}>
          {row.split('').map(key)}
          {i === 0 && (
            <button type="button" className={`${styles.key} ${styles.wide}`} onClick={onBackspace} aria-label={t('kiosk.backspace')}>
              ⌫
            </button>
          )}
        </div>
      ))}
      <div className={styles.row}>
        {extra.split('').map(key)}
        {mode === 'email' ? EMAIL_KEYS.map(key) : ['-', "'"].map(key)}
        {mode === 'name' && (
          <button type="button" className={`${styles.key} ${styles.space}`} onClick={() => onKey(' ')}>
            {t('kiosk.space')}
          </button>
        )}
        {onEnter && (
          <button type="button" className={`${styles.key} ${styles.enter}`} onClick={onEnter}>
            {enterLabel ?? t('kiosk.ok')}
          </button>
        )}
      </div>
    </div>
  );
}
