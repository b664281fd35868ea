import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import type { MethodOutput } from '../../api/methods.ts';
import { OnScreenKeyboard } from '../../components/OnScreenKeyboard.tsx';
import type { Match } from './NameSearch.tsx';
import styles from './Kiosk.module.css';

type Challenge = MethodOutput<'kiosk.emailChallenge'>;
export type EmailAnswer = { readonly choice: number } | { readonly localPart: string };

interface Props {
  readonly match: Match;
  readonly error: string | null;
  readonly onBack: () => void;
  readonly onFailure: (err: unknown) => void;
  readonly onSubmit: (answer: EmailAnswer) => Promise<void>;
}

/**
 * A badge found by name is printed only for the person who knows their e-mail address: they pick
 * it among three masked ones, or (after a wrong pick for this person) type the part before @.
 */
export function EmailStep({ match, error, onBack, onFailure, onSubmit }: Props) {
  const { t } = useTranslation();
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const [local, setLocal] = useState('');
  const [sending, setSending] = useState(false);
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    call('kiosk.emailChallenge', { ref: match.ref }).then(setChallenge, onFailure);
    // Asked again after each answer: a wrong pick turns the choice into typing the part before @.
  }, [match.ref, asked]);
  const send = (answer: EmailAnswer): void => {
    if (sending) return;
    setSending(true);
    void onSubmit(answer).finally(() => {
      setSending(false);
      setLocal('');
      setAsked((n) => n + 1);
    });
  };
  return (
    <div className={styles.step}>
      <h1 className={styles.stepTitle}>{t('kiosk.hello', { name: match.firstName })}</h1>
      {challenge?.kind === 'choose' && (
        <>
          <p className={styles.stepSub}>{t('kiosk.chooseEmail')}</p>
          <div className={styles.choices} role="group" aria-label={t('kiosk.emailLabel')}>
            {challenge.choices.map((masked, i) => (
              <button key={masked} type="button" className={styles.choice} disabled={sending} onClick={() => send({ choice: i })} data-testid="kiosk-email-choice">
                {masked}
              </button>
            ))}
          </div>
        </>
      )}
      {challenge?.kind === 'type' && (
        <>
          <p className={styles.stepSub}>{t('kiosk.typeLocalPart')}</p>
          <div className={styles.localRow}>
            <label className="sr-only" htmlFor="kiosk-email">{t('kiosk.emailLabel')}</label>
            <input id="kiosk-email" className={styles.bigInput} value={local} onChange={(e) => setLocal(e.target.value)} autoComplete="off" inputMode="none" data-testid="kiosk-email" />
            <span className={styles.domain}>@{challenge.domain}</span>
          </div>
        </>
      )}
      {challenge?.kind === 'none' && <p className={styles.problem} role="alert">{t('kiosk.noEmail')}</p>}
      {error && <p className={styles.problem} role="alert" data-testid="kiosk-problem">{error}</p>}
      {challenge?.kind === 'type' && (
        <OnScreenKeyboard mode="email" onKey={(k) => setLocal((v) => v + k)} onBackspace={() => setLocal((v) => v.slice(0, -1))} onEnter={() => local.trim() && send({ localPart: local.trim() })} enterLabel={t('kiosk.printBadge')} />
      )}
      <button type="button" className={styles.linkButton} onClick={onBack}>‹ {t('kiosk.notMe')}</button>
    </div>
  );
}
