import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../api/client.ts';
import { useCall } from '../../api/useCall.ts';
import type { MethodOutput } from '../../api/methods.ts';
import { setLanguage } from '../../i18n/index.ts';
import { Attract } from './Attract.tsx';
import { NameSearch } from './NameSearch.tsx';
import { EmailStep } from './EmailStep.tsx';
import { KioskOutcome } from './KioskOutcome.tsx';
import { KioskChrome } from './KioskChrome.tsx';
import { useIdleReset } from './useIdleReset.ts';

type Match = MethodOutput<'kiosk.search'>[number];
type Outcome = MethodOutput<'kiosk.scan'>;
type Step = { name: 'attract' } | { name: 'search' } | { name: 'email'; match: Match } | { name: 'outcome'; outcome: Outcome };

const IDLE_MS = 45_000;
const OUTCOME_MS = 12_000;

/** Self-service check-in: scan a ticket, or find yourself by name and confirm with your e-mail. */
export function KioskScreen() {
  const { i18n } = useTranslation();
  const [step, setStep] = useState<Step>({ name: 'attract' });
  const [error, setError] = useState<string | null>(null);
  const event = useCall('event.get', {});

  const reset = (): void => {
    setStep({ name: 'attract' });
    setError(null);
    if (i18n.resolvedLanguage !== 'en') setLanguage('en', false);
  };
  useIdleReset(step.name !== 'attract', step.name === 'outcome' ? OUTCOME_MS : IDLE_MS, reset);

  const settle = async (pending: Promise<Outcome>): Promise<void> => {
    setError(null);
    try {
      setStep({ name: 'outcome', outcome: await pending });
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <KioskChrome eventName={event.data?.name ?? ''} logo={event.data?.logo ?? null} showHome={step.name !== 'attract'} onHome={reset}>
      {step.name === 'attract' && <Attract onScan={(code) => void settle(call('kiosk.scan', { code }))} onTypeName={() => setStep({ name: 'search' })} error={error} />}
      {step.name === 'search' && <NameSearch onPick={(match) => setStep({ name: 'email', match })} />}
      {step.name === 'email' && (
        <EmailStep
          match={step.match}
          error={error}
          onBack={() => setStep({ name: 'search' })}
          onSubmit={(email) => settle(call('kiosk.printOwnBadge', { ref: step.match.ref, email }))}
        />
      )}
      {step.name === 'outcome' && <KioskOutcome outcome={step.outcome} onDone={reset} />}
    </KioskChrome>
  );
}
