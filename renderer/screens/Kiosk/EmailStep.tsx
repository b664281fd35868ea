import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../api/methods.ts';
import { OnScreenKeyboard } from '../../components/OnScreenKeyboard.tsx';
import styles from './Kiosk.module.css';

type Match = MethodOutput<'kiosk.search'>[number];

/** A badge found by name is printed only for the person who knows the e-mail address on file. */
export function EmailStep({ match, error, onBack, onSubmit }: { match: Match; error: string | null; onBack: () => void; onSubmit: (email: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [sending, setSending] = useState(false);
  const submit = (): void => {
    if (email.trim().length < 3 || sending) return;
    setSending(true);
    void onSubmit(email.trim()).finally(() => setSending(false));
  };
  return (
    <div className={styles.step}>
      <h1 className={styles.stepTitle}>{t('kiosk.hello', { name: match.firstName })}</h1>
      <p className={styles.stepSub}>{t('kiosk.emailPrompt')}</p>
      <form className={styles.emailRow} onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <label className="sr-only" htmlFor="kiosk-email">{t('kiosk.emailLabel')}</label>
        <input id="kiosk-email" className={styles.bigInput} type="email" value={email} onChange={(e) => setEmail(e.target.value)} placeholder="name@example.org" autoFocus autoComplete="off" inputMode="none" data-testid="kiosk-email" />
      </form>
      {error && <p className={styles.problem} role="alert">{error}</p>}
      <OnScreenKeyboard mode="email" onKey={(k) => setEmail((v) => v + k)} onBackspace={() => setEmail((v) => v.slice(0, -1))} onEnter={submit} enterLabel={t('kiosk.printBadge')} />
      <button type="button" className={styles.linkButton} onClick={onBack}>‹ {t('kiosk.notMe')}</button>
    </div>
  );
}
