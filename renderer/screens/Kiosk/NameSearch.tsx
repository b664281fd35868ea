import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call, isAbort } from '../../api/client.ts';
import type { MethodOutput } from '../../api/methods.ts';
import { OnScreenKeyboard } from '../../components/OnScreenKeyboard.tsx';
import styles from './Kiosk.module.css';

type Found = MethodOutput<'kiosk.search'> & { readonly query: string };
export type Match = Found['matches'][number];
const MIN_LETTERS = 3;
const MAX_SHOWN = 5;

const words = (q: string): string[] => q.split(/[\s,]+/).filter(Boolean);

/** What to say under the field: one message for each state, so the hint never contradicts itself. */
function useHint(query: string, found: Found | null, limited: boolean): string | null {
  const { t } = useTranslation();
  if (limited) return t('kiosk.limited');
  if (found === null) return query.length < MIN_LETTERS ? t('kiosk.nameHint', { count: MIN_LETTERS }) : null;
  // Spoken about the query that was answered, never the one still being typed.
  const asked = found.query;
  if (found.total > MAX_SHOWN) {
    return words(asked).length < 2 ? t('kiosk.tooManyAddFirst', { count: found.total, query: asked }) : t('kiosk.tooManyMore', { count: found.total, query: asked });
  }
  return found.total === 0 ? t('kiosk.noMatch') : null;
}

/** Find yourself by name: names only, three letters of the family name; shown as "Ana C." */
export function NameSearch({ onPick }: { onPick: (match: Match) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [found, setFound] = useState<Found | null>(null);
  const [limited, setLimited] = useState(false);
  const query = name.trim();
  useEffect(() => {
    if (query.length < MIN_LETTERS) {
      setFound(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      call('kiosk.search', { query }, controller.signal)
        .then((r) => {
          setLimited(false);
          setFound({ ...r, query });
        })
        .catch((err: unknown) => {
          if (isAbort(err)) return;
          setLimited(err instanceof ApiError && err.code === 'rate-limited');
          setFound(null);
        });
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);
  const hint = useHint(query, found, limited);

  return (
    <div className={styles.split}>
      <div className={styles.splitMain}>
        <h1 className={styles.stepTitle}>{t('kiosk.nameTitle')}</h1>
        <label className="sr-only" htmlFor="kiosk-name">{t('kiosk.nameLabel')}</label>
        <input id="kiosk-name" className={styles.bigInput} value={name} onChange={(e) => setName(e.target.value)} placeholder={t('kiosk.namePlaceholder')} autoFocus autoComplete="off" inputMode="none" data-testid="kiosk-name" />
        <div className={styles.matches} aria-live="polite" data-testid="kiosk-matches">
          {hint && <p className={styles.hint} data-testid="kiosk-hint" role={limited ? 'alert' : undefined}>{hint}</p>}
          {!limited && found?.matches.map((m) => (
            <button key={m.ref} type="button" className={styles.match} onClick={() => onPick(m)} data-testid="kiosk-match">
              <span className={styles.matchName}>{m.firstName} {m.familyInitial}</span>
              <span className={styles.matchGo} aria-hidden="true">›</span>
            </button>
          ))}
        </div>
      </div>
      <OnScreenKeyboard mode="name" onKey={(k) => setName((n) => n + k)} onBackspace={() => setName((n) => n.slice(0, -1))} />
    </div>
  );
}
