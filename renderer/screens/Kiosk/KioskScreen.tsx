import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call, errorMessage } from '../../api/client.ts';
import { useCall } from '../../api/useCall.ts';
import type { MethodOutput } from '../../api/methods.ts';
import { setLanguage } from '../../i18n/index.ts';
import { Attract } from './Attract.tsx';
import { type Match, NameSearch } from './NameSearch.tsx';
import { EmailStep } from './EmailStep.tsx';
import { KioskOutcome } from './KioskOutcome.tsx';
import { KioskChrome } from './KioskChrome.tsx';
import { useIdleReset } from './useIdleReset.ts';

type Outcome = MethodOutput<'kiosk.scan'>;
type Step = { name: 'attract' } | { name: 'search' } | { name: 'email'; match: Match } | { name: 'outcome'; outcome: Outcome };

const IDLE_MS = 45_000;
const OUTCOME_MS = 12_000;
/** A language chosen on the attract screen by someone who then walked away goes back to the default. */
const LANGUAGE_MS = 20_000;
const DEFAULT_LANGUAGE = 'en';

/** Self-service check-in: scan a ticket, or find yourself by name and confirm with your e-mail. */
export function KioskScreen() {
  const { t, i18n } = useTranslation();
  const [step, setStep] = useState<Step>({ name: 'attract' });
  const [error, setError] = useState<string | null>(null);
  const event = useCall('event.get', {});

  const reset = (): void => {
    setStep({ name: 'attract' });
    setError(null);
    if (i18n.resolvedLanguage !== DEFAULT_LANGUAGE) setLanguage(DEFAULT_LANGUAGE, false);
  };
  const resting = step.name === 'attract';
  useIdleReset(!resting || i18n.resolvedLanguage !== DEFAULT_LANGUAGE, step.name === 'outcome' ? OUTCOME_MS : resting ? LANGUAGE_MS : IDLE_MS, reset);

  /** The core's refusals, said in the screen's language. */
  const explain = (err: unknown, denied: string): string => {
    if (!(err instanceof ApiError)) return errorMessage(err);
    if (err.code === 'rate-limited') return t('kiosk.limited');
    if (err.code === 'denied') return denied;
    if (err.code === 'not-found') return t('kiosk.searchAgain');
    return err.message;
  };
  const settle = async (pending: Promise<Outcome>, denied: string): Promise<void> => {
    setError(null);
    try {
      setStep({ name: 'outcome', outcome: await pending });
    } catch (err) {
      setError(explain(err, denied));
    }
  };

  return (
    <KioskChrome eventName={event.data?.name ?? ''} logo={event.data?.logo ?? null} showHome={!resting} onHome={reset}>
      {step.name === 'attract' && (
        <Attract
          onScan={(scan) => void settle(call('kiosk.scan', { code: scan.code, capture: { via: 'wedge', gapsMs: [...scan.gapsMs] } }), t('kiosk.scanOnly'))}
          onTypeName={() => setStep({ name: 'search' })}
          error={error}
        />
      )}
      {step.name === 'search' && <NameSearch onPick={(match) => { setError(null); setStep({ name: 'email', match }); }} />}
      {step.name === 'email' && (
        <EmailStep
          match={step.match}
          error={error}
          onBack={() => { setError(null); setStep({ name: 'search' }); }}
          onFailure={(err) => setError(explain(err, t('kiosk.wrongEmail')))}
          onSubmit={(answer) => settle(call('kiosk.printOwnBadge', { ref: step.match.ref, ...answer }), t('kiosk.wrongEmail'))}
        />
      )}
      {step.name === 'outcome' && <KioskOutcome outcome={step.outcome} onDone={reset} />}
    </KioskChrome>
  );
}
