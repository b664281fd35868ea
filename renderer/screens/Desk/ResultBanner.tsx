import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { timeAt } from '../../components/time.ts';
import { hrefOf } from '../../routes.ts';
import { refusalText } from './refusal-text.ts';
import type { BadgeState, DeskResult } from './useCheckin.ts';
import styles from './Desk.module.css';

interface Props {
  readonly result: DeskResult;
  readonly undoLeft: number;
  readonly timeZone: string | undefined;
  readonly onUndo: () => void;
  /** Staff read the attention note and admit the person. */
  readonly onConfirm: () => void;
  readonly busy: boolean;
}

/** "Badge NOT printed" is a problem to fix now; the other reasons are the rules working. */
const badgeProblem = (b: BadgeState): boolean => b.kind === 'failed' || (b.kind === 'skipped' && b.reason === 'no-printer');

/**
 * The big answer to a scan: green admitted, yellow already, deep amber "attention" with the note
 * and a confirm button, red refused with the reason. What became of the badge is always said.
 */
export function ResultBanner({ result, undoLeft, timeZone, onUndo, onConfirm, busy }: Props) {
  const { t, i18n } = useTranslation();
  const o = result.outcome;
  const name = o.attendee?.displayName;
  const tone = result.undone ? 'neutral' : o.outcome;
  const problem = o.outcome === 'admitted' && !result.undone && badgeProblem(result.badge);
  let title: string;
  let detail: string;
  if (result.undone) {
    title = t('desk.banner.undone');
    detail = t('desk.banner.undoneDetail', { name });
  } else if (o.outcome === 'admitted') {
    title = t('desk.banner.admitted');
    detail = badgeLine(t, result.badge);
  } else if (o.outcome === 'already') {
    title = t('desk.banner.already');
    detail = t('desk.alreadyAt', { time: timeAt(o.first.at, timeZone), desk: o.first.desk });
  } else if (o.outcome === 'attention') {
    title = t('door.attention.title');
    detail = o.note || t('door.attention.noNote');
  } else {
    title = t('desk.banner.refused');
    detail = refusalText(t, i18n.resolvedLanguage ?? 'en', o);
  }
  return (
    <section
      key={result.serial}
      className={styles.banner}
      data-tone={tone}
      role="status"
      aria-live="assertive"
      data-testid="result-banner"
      data-outcome={result.undone ? 'undone' : o.outcome}
      data-badge={problem ? 'not-printed' : result.badge.kind}
    >
      <span className={styles.bannerIcon} aria-hidden="true">
        {tone === 'admitted' ? '✓' : tone === 'already' || tone === 'attention' ? '!' : tone === 'refused' ? '✕' : '↺'}
      </span>
      <div className={styles.bannerText}>
        <h2 className={styles.bannerTitle}>
          {title}
          {name && <span className={styles.bannerName}> — {name}</span>}
        </h2>
        <p className={problem ? styles.bannerProblem : styles.bannerDetail} data-testid="banner-detail">
          {detail}
          {problem && <> <a href={hrefOf('setup')} className={styles.fixLink} data-testid="fix-printers">{t('door.badge.fix')}</a></>}
        </p>
      </div>
      {o.outcome === 'attention' && !result.undone && (
        <button type="button" className={`btn btn-lg ${styles.confirm}`} onClick={onConfirm} disabled={busy} data-testid="confirm-attention">
          {t('door.attention.confirm')}
        </button>
      )}
      {o.outcome === 'admitted' && !result.undone && undoLeft > 0 && (
        <button type="button" className={`btn ${styles.undo}`} onClick={onUndo} data-testid="undo">
          {t('desk.undo', { seconds: undoLeft })}
        </button>
      )}
    </section>
  );
}

function badgeLine(t: TFunction, b: BadgeState): string {
  switch (b.kind) {
    case 'sent': return t('desk.banner.printing', { printer: b.job.printer });
    case 'failed': return t('door.badge.notPrinted', { reason: b.message });
    case 'skipped':
      return b.reason === 'no-printer' ? t('door.badge.notPrinted', { reason: t('door.badge.noPrinter') }) : t(`door.badge.${b.reason}`);
    default: return t('desk.banner.welcome');
  }
}

/** Typed text that matches nobody: said as such (not "unknown code"), and no one else's card below it. */
export function NoMatchBanner({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <section className={styles.banner} data-tone="refused" role="status" aria-live="assertive" data-testid="result-banner" data-outcome="no-match">
      <span className={styles.bannerIcon} aria-hidden="true">?</span>
      <div className={styles.bannerText}>
        <h2 className={styles.bannerTitle}>{t('door.noMatch', { text })}</h2>
        <p className={styles.bannerDetail}>{t('door.noMatchHint')}</p>
      </div>
    </section>
  );
}
