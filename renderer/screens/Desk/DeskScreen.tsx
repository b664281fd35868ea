import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../api/client.ts';
import { useCall } from '../../api/useCall.ts';
import type { Attendee, AttendeeFields, CheckinOutcome, MethodInput } from '../../api/methods.ts';
import { FIELD_NAMES } from '../../../model/attendee-values.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { todayAt } from '../../components/time.ts';
import { ScanBox, type ScanBoxHandle } from './ScanBox.tsx';
import { ResultsList, optionId } from './ResultsList.tsx';
import { NoMatchBanner, ResultBanner } from './ResultBanner.tsx';
import { PersonCard } from './PersonCard.tsx';
import { AttendeeForm } from './AttendeeForm.tsx';
import { CameraScanner } from '../../components/CameraScanner.tsx';
import { DeskIdle } from './DeskIdle.tsx';
import { ReasonDialog } from './ReasonDialog.tsx';
import { useSearch } from './useSearch.ts';
import { useCheckin } from './useCheckin.ts';
import { usePerson } from './usePerson.ts';
import styles from './Desk.module.css';

const LIST_ID = 'desk-results';
type Modal =
  | { kind: 'walk-in' }
  | { kind: 'edit'; attendee: Attendee }
  | { kind: 'override'; attendee: Attendee; refusal: string }
  | { kind: 'undo'; checkinId: string; session?: string | undefined }
  | null;
type Target = MethodInput<'checkin.scanAndPrint'>;

/** The desk's answer for a person today without asking the core: refused by status or ticket days. */
const ruleRefusal = (p: Attendee, today: string | undefined): string | null =>
  p.status !== 'active' ? p.status : today && p.days && !p.days.includes(today) ? 'not-entitled' : null;

/** The registration desk: scan or search, see the person, check in and print, undo. */
export function DeskScreen() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [shown, setShown] = useState<Attendee | null>(null);
  const [camera, setCamera] = useState(false);
  const [modal, setModal] = useState<Modal>(null);
  const [typingSinceResult, setTypingSinceResult] = useState(false);
  const [noMatch, setNoMatch] = useState<string | null>(null);
  const [kept, setKept] = useState<string | null>(null);
  const [undoError, setUndoError] = useState<string | null>(null);
  const box = useRef<ScanBoxHandle>(null);
  // Scans are answered in the order they came, however fast they come.
  const chain = useRef<Promise<void>>(Promise.resolve());
  const search = useSearch(query);
  const desk = useCheckin();
  const rules = useCall('printers.rules', {});
  const event = useCall('event.get', {});
  const details = usePerson(shown?.id ?? null);
  const settings = event.data ?? null;
  const hits = search.hits;
  const today = desk.result?.outcome.day ?? todayAt(settings?.timeZone);

  // The card follows the highlighted result while the operator types (not a query put back after a scan).
  useEffect(() => {
    const hit = hits[active];
    if (typingSinceResult && query.trim() && hit) setShown(hit.attendee);
  }, [hits, active, query, typingSinceResult]);

  const changeQuery = (value: string): void => {
    setQuery(value);
    setActive(0);
    setTypingSinceResult(true);
    setKept(null);
    setNoMatch(null);
  };

  const inOrder = (job: () => Promise<void>): void => {
    chain.current = chain.current.then(job, job);
  };

  /** Checks in and shows who it was about: an unknown code clears the previous person's card. */
  const admit = async (target: Target): Promise<CheckinOutcome | null> => {
    setNoMatch(null);
    const outcome = await desk.checkIn(target);
    if (outcome) setShown(outcome.attendee ?? null);
    box.current?.focus();
    return outcome;
  };

  const startOver = (restore: string): void => {
    setQuery(restore);
    setActive(0);
    setTypingSinceResult(false);
  };

  // A scan never merges with what the operator typed: the typed text comes back in the box, said so.
  const onScan = (code: string, typed: string): void => {
    startOver(typed);
    setKept(typed || null);
    inOrder(async () => void (await admit({ code })));
  };

  const onSubmit = (text: string): void => {
    const fresh = search.query === text ? hits : null;
    const index = active;
    startOver('');
    setKept(null);
    inOrder(async () => {
      // A typed name: the highlighted result, or ask once more if the results were stale.
      const current = fresh ?? (await call('roster.search', { query: text, limit: 5 }).catch(() => []));
      const pick = current[fresh ? index : 0];
      if (pick && pick.match !== 'code') {
        await admit({ attendeeId: pick.attendee.id });
        return;
      }
      // Typed text may be a ticket code; if it is not, nobody matches what was typed.
      const outcome = await admit({ code: text });
      if (outcome?.outcome === 'refused' && outcome.reason === 'unknown-code') {
        desk.clear();
        setNoMatch(text);
      }
    });
  };

  const saveWalkIn = async (f: AttendeeFields): Promise<void> => {
    const { attendee, checkin } = await call('attendee.walkIn', {
      firstName: f.firstName, familyName: f.familyName, organisation: f.organisation, jobTitle: f.jobTitle,
      country: f.country, email: f.email, category: f.category, notes: f.notes, checkIn: false,
    });
    setModal(null);
    if (!checkin) await admit({ attendeeId: attendee.id });
    setShown(attendee);
  };

  const saveEdit = async (id: string, f: AttendeeFields): Promise<void> => {
    const patch = Object.fromEntries(FIELD_NAMES.map((k) => [k, f[k]]));
    const attendee = await call('attendee.edit', { id, patch });
    setModal(null);
    setShown(attendee);
    box.current?.focus();
  };

  const undoWithReason = async (checkinId: string, reason: string, session: string | undefined): Promise<void> => {
    setUndoError(null);
    try {
      // A room door's check-in (listed with its session) is undone by the sessions' own method.
      if (session === undefined) await call('checkin.undo', { checkinId, reason });
      else await call('sessions.undoCheckin', { checkinId, reason });
      setModal(null);
    } catch (err) {
      setUndoError(errorMessage(err));
    }
  };

  const person = details?.attendee ?? shown;
  const result = desk.result;
  const resultRefusal = result && !result.undone && result.outcome.outcome === 'refused' && person && result.outcome.attendee?.id === person.id ? result.outcome.reason : null;
  const refusal = person ? (resultRefusal ?? ruleRefusal(person, today)) : null;
  return (
    <div className={styles.desk}>
      <section className={`card ${styles.left}`} aria-label={t('desk.searchPanel')}>
        <ScanBox
          ref={box}
          value={query}
          onChange={changeQuery}
          onMove={(d) => setActive((i) => Math.max(0, Math.min(hits.length - 1, i + d)))}
          onSubmit={onSubmit}
          onScan={onScan}
          onEscape={() => startOver('')}
          listId={LIST_ID}
          activeId={hits.length ? optionId(LIST_ID, active) : undefined}
          expanded={hits.length > 0}
        />
        {kept && query === kept && <p className={styles.kept} data-testid="kept-note">{t('door.kept', { text: kept })}</p>}
        <div className={styles.listHead}>
          <span>{query.trim() ? t('desk.matches', { count: hits.length }) : t('desk.hint')}</span>
          <span className={styles.keys}><kbd className={styles.kbd}>↑</kbd><kbd className={styles.kbd}>↓</kbd> <kbd className={styles.kbd}>Enter</kbd></span>
        </div>
        {search.error && <p className="error-text">{search.error}</p>}
        {query.trim() && search.query === query.trim() && hits.length === 0 && <p className={styles.noMatch}>{t('desk.noMatch')}</p>}
        <ResultsList id={LIST_ID} query={search.query} hits={hits} activeIndex={active} onPick={(i) => { setActive(i); setTypingSinceResult(true); box.current?.focus(); }} />
        <footer className={styles.tools}>
          <button type="button" className="btn" onClick={() => setModal({ kind: 'walk-in' })} data-testid="walk-in">+ {t('desk.walkIn')}</button>
          <button type="button" className="btn" aria-pressed={camera} onClick={() => setCamera((c) => !c)} data-testid="camera-button">{t('desk.camera')}</button>
          {rules.data && (
            <label className={styles.toggle}>
              <input type="checkbox" checked={rules.data.autoPrint} onChange={(e) => void call('printers.setRules', { autoPrint: e.target.checked }).then(rules.reload)} data-testid="auto-print" />
              {t('desk.autoPrint')}
            </label>
          )}
        </footer>
      </section>

      <section className={styles.right} aria-label={t('desk.personPanel')}>
        {camera && <CameraScanner onCode={(code) => inOrder(async () => void (await admit({ code })))} onClose={() => setCamera(false)} />}
        {desk.error && <p className={styles.failure} role="alert">{desk.error}</p>}
        {noMatch !== null && <div className={styles.bannerWrap}><NoMatchBanner text={noMatch} /></div>}
        {result && noMatch === null && (
          <div className={styles.bannerWrap} data-stale={typingSinceResult}>
            <ResultBanner
              result={result}
              undoLeft={desk.undoLeft}
              timeZone={settings?.timeZone}
              busy={desk.busy}
              onUndo={() => void desk.undo().then(() => box.current?.focus())}
              onConfirm={() => result.outcome.attendee && inOrder(async () => void (await admit({ attendeeId: (result.outcome.attendee as Attendee).id, confirmAttention: true })))}
            />
          </div>
        )}
        {person && noMatch === null ? (
          <PersonCard
            attendee={person}
            checkins={details?.checkins ?? []}
            history={details?.history ?? []}
            meetings={details?.meetingCount ?? null}
            eventDays={settings?.days ?? []}
            today={today}
            timeZone={settings?.timeZone}
            refusal={refusal}
            refusalShown={resultRefusal !== null}
            reprint={desk.reprint}
            busy={desk.busy}
            onCheckIn={() => inOrder(async () => void (await admit(person.attention ? { attendeeId: person.id, confirmAttention: true } : { attendeeId: person.id })))}
            onPrint={() => void desk.print(person.id).then(() => box.current?.focus())}
            onEdit={() => setModal({ kind: 'edit', attendee: person })}
            onOverride={() => refusal && setModal({ kind: 'override', attendee: person, refusal })}
            onUndo={(checkinId, session) => {
              setUndoError(null);
              setModal({ kind: 'undo', checkinId, session });
            }}
          />
        ) : (
          !result && noMatch === null && <DeskIdle />
        )}
      </section>

      {modal?.kind === 'walk-in' && (
        <Dialog title={t('desk.walkInTitle')} onClose={() => setModal(null)}>
          <AttendeeForm mode="walk-in" eventDays={settings?.days ?? []} submitLabel={t('desk.walkInSubmit')} onSubmit={saveWalkIn} onCancel={() => setModal(null)} />
        </Dialog>
      )}
      {modal?.kind === 'edit' && (
        <Dialog title={t('desk.editTitle', { name: modal.attendee.displayName })} onClose={() => setModal(null)}>
          <AttendeeForm mode="edit" initial={modal.attendee} eventDays={settings?.days ?? []} submitLabel={t('form.save')} onSubmit={(f) => saveEdit(modal.attendee.id, f)} onCancel={() => setModal(null)} />
        </Dialog>
      )}
      {modal?.kind === 'override' && (
        <ReasonDialog
          title={t('door.override.title', { name: modal.attendee.displayName })}
          explain={t('door.override.explain', { rule: t(`door.rule.${modal.refusal}`, { defaultValue: t('refusal.other') }) })}
          submitLabel={t('door.override.submit')}
          danger
          onClose={() => setModal(null)}
          onSubmit={async (reason) => {
            setModal(null);
            await admit({ attendeeId: modal.attendee.id, override: { reason } });
          }}
        />
      )}
      {modal?.kind === 'undo' && (
        <ReasonDialog
          title={t(modal.session === undefined ? 'door.undo.title' : 'door.sessionUndo.title')}
          explain={undoError ?? (modal.session === undefined ? t('door.undo.explain') : t('door.sessionUndo.explain', { session: modal.session }))}
          submitLabel={t(modal.session === undefined ? 'door.undo.submit' : 'door.sessionUndo.submit')}
          onClose={() => setModal(null)}
          onSubmit={(reason) => undoWithReason(modal.checkinId, reason, modal.session)}
        />
      )}
    </div>
  );
}
