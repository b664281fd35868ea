import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { useCall } from '../../api/useCall.ts';
import { timeAt } from '../../components/time.ts';
import { CameraScanner } from '../../components/CameraScanner.tsx';
import { MeetingList } from './MeetingLine.tsx';
import { type SettledScan, useMeetingScan } from './useMeetingScan.ts';
import styles from './Matchmaking.module.css';

const PLACE_KEY = 'foyer.matchmaking.place';

/**
 * The matchmaking desk or a table's tablet: scan a meeting's code from a meeting sheet, or both
 * parties' badges one after the other, and the meeting is marked held (an event: every desk sees it).
 */
export function MatchmakingScreen() {
  const { t } = useTranslation();
  const event = useCall('event.get', {});
  const tz = event.data?.timeZone;
  const [code, setCode] = useState('');
  const [place, setPlace] = useState(() => localStorage.getItem(PLACE_KEY) ?? '');
  const { pending, scan: scanMeeting, cancel } = useMeetingScan(place);
  const [result, setResult] = useState<SettledScan | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [camera, setCamera] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => localStorage.setItem(PLACE_KEY, place), [place]);

  const scan = async (raw: string): Promise<void> => {
    const text = raw.trim();
    setCode('');
    if (!text) return;
    setError(null);
    try {
      const outcome = await scanMeeting(text);
      setResult(outcome.kind === 'first' ? null : outcome);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      input.current?.focus();
    }
  };

  return (
    <div className={styles.screen}>
      <div className={styles.top}>
        <h1 className={styles.title}>{t('matchmaking.title')}</h1>
        <label className={styles.place}>
          <span>{t('matchmaking.place')}</span>
          <input className="input" value={place} onChange={(e) => setPlace(e.target.value)} placeholder={t('matchmaking.placeHint')} data-testid="matchmaking-place" />
        </label>
      </div>
      <form className={styles.scanRow} onSubmit={(e) => { e.preventDefault(); void scan(input.current?.value ?? code); }}>
        <input
          ref={input} autoFocus className={`input ${styles.scan}`} value={code} onChange={(e) => setCode(e.target.value)}
          placeholder={pending ? t('matchmaking.scanSecond') : t('matchmaking.scanPrompt')} aria-label={t('matchmaking.scanPrompt')} data-testid="matchmaking-input"
        />
        <button type="submit" className="btn btn-primary">{t('matchmaking.confirm')}</button>
        <button type="button" className="btn" onClick={() => setCamera(true)}>{t('matchmaking.camera')}</button>
      </form>
      {camera && <CameraScanner onCode={(c) => { setCamera(false); void scan(c); }} onClose={() => setCamera(false)} />}
      {error && <p className="error-text" role="alert">{error}</p>}
      {pending && (
        <section className={`card ${styles.result}`} data-kind="first" data-testid="matchmaking-result">
          <p className={styles.headline}>{t('matchmaking.firstScanned', { name: pending.outcome.attendee.name })}</p>
          <p className={styles.sub}>{pending.outcome.attendee.organisation}</p>
          <p>{t('matchmaking.nowSecond')}</p>
          {pending.outcome.meetings.length === 0 ? <p className="muted">{t('matchmaking.noneToday')}</p> : <MeetingList meetings={pending.outcome.meetings} tz={tz} />}
          <button type="button" className="btn" onClick={() => { cancel(); input.current?.focus(); }}>{t('matchmaking.cancelFirst')}</button>
        </section>
      )}
      {!pending && result && <ResultCard result={result} tz={tz} />}
      {!pending && !result && <p className={styles.hint}>{t('matchmaking.hint')}</p>}
    </div>
  );
}

function ResultCard({ result, tz }: { result: SettledScan; tz: string | undefined }) {
  const { t } = useTranslation();
  const headline = result.kind === 'confirmed' ? t('matchmaking.held') : result.kind === 'already' ? t('matchmaking.already') : t(`matchmaking.refused.${result.reason}`);
  return (
    <section className={`card ${styles.result}`} data-kind={result.kind} data-testid="matchmaking-result" role="status">
      <p className={styles.headline}>{headline}</p>
      {result.meeting && <MeetingList meetings={[result.meeting]} tz={tz} />}
      {result.kind === 'refused' && <p className={styles.sub}>{result.message}</p>}
      {result.kind !== 'refused' && (
        <p className={styles.sub}>{t('matchmaking.confirmedAt', { time: timeAt(result.held.at, tz), desk: result.held.place || result.held.desk })}</p>
      )}
    </section>
  );
}
