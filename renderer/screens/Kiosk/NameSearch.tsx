import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, isAbort } from '../../api/client.ts';
import type { MethodOutput } from '../../api/methods.ts';
import { OnScreenKeyboard } from '../../components/OnScreenKeyboard.tsx';
import styles from './Kiosk.module.css';

type Match = MethodOutput<'kiosk.search'>[number];
const MIN_LETTERS = 3;

/** Find yourself by name. The core answers at most five people, shown as "Ana C. · Organisation". */
export function NameSearch({ onPick }: { onPick: (match: Match) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [matches, setMatches] = useState<Match[] | null>(null);
  useEffect(() => {
    const q = name.trim();
    if (q.length < MIN_LETTERS) {
      setMatches(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      call('kiosk.search', { query: q }, controller.signal)
        .then(setMatches)
        .catch((err: unknown) => {
          if (!isAbort(err)) setMatches([]);
        });
    }, 120);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [name]);

  return (
    <div className={styles.split}>
      <div className={styles.splitMain}>
      <h1 className={styles.stepTitle}>{t('kiosk.nameTitle')}</h1>
      <label className="sr-only" htmlFor="kiosk-name">{t('kiosk.nameLabel')}</label>
      <input id="kiosk-name" className={styles.bigInput} value={name} onChange={(e) => setName(e.target.value)} placeholder={t('kiosk.namePlaceholder')} autoFocus autoComplete="off" inputMode="none" data-testid="kiosk-name" />
      <div className={styles.matches} aria-live="polite">
        {matches === null && <p className={styles.hint}>{t('kiosk.nameHint', { count: MIN_LETTERS })}</p>}
        {matches?.length === 0 && <p className={styles.hint}>{t('kiosk.noMatch')}</p>}
        {matches?.map((m) => (
          <button key={m.ref} type="button" className={styles.match} onClick={() => onPick(m)} data-testid="kiosk-match">
            <span className={styles.matchName}>{m.firstName} {m.familyInitial.endsWith('.') ? m.familyInitial : `${m.familyInitial}.`}</span>
            <span className={styles.matchOrg}>{m.organisation}</span>
            <span className={styles.matchGo} aria-hidden="true">›</span>
          </button>
        ))}
      </div>
      </div>
      <OnScreenKeyboard mode="name" onKey={(k) => setName((n) => n + k)} onBackspace={() => setName((n) => n.slice(0, -1))} />
    </div>
  );
}
