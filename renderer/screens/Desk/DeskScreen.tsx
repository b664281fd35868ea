import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useCall } from '../../api/useCall.ts';
import type { Attendee, AttendeeFields } from '../../api/methods.ts';
import { FIELD_NAMES } from '../../../model/attendee-values.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { todayAt } from '../../components/time.ts';
import { ScanBox, type ScanBoxHandle } from './ScanBox.tsx';
import { ResultsList, optionId } from './ResultsList.tsx';
import { ResultBanner } from './ResultBanner.tsx';
import { PersonCard } from './PersonCard.tsx';
import { AttendeeForm } from './AttendeeForm.tsx';
import { CameraScanner } from './CameraScanner.tsx';
import { DeskIdle } from './DeskIdle.tsx';
import { useSearch } from './useSearch.ts';
import { useCheckin } from './useCheckin.ts';
import { usePerson } from './usePerson.ts';
import styles from './Desk.module.css';

const LIST_ID = 'desk-results';
type Modal = { kind: 'walk-in' } | { kind: 'edit'; attendee: Attendee } | null;

/** The registration desk: scan or search, see the person, check in and print, undo. */
export function DeskScreen() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [shown, setShown] = useState<Attendee | null>(null);
  const [camera, setCamera] = useState(false);
  const [modal, setModal] = useState<Modal>(null);
  const [typingSinceResult, setTypingSinceResult] = useState(false);
  const box = useRef<ScanBoxHandle>(null);
  const search = useSearch(query);
  const desk = useCheckin();
  const rules = useCall('printers.rules', {});
  const event = useCall('event.get', {});
  const details = usePerson(shown?.id ?? null);
  const settings = event.data ?? null;
  const hits = search.hits;
  const today = desk.result?.outcome.day ?? todayAt(settings?.timeZone);

  // The card follows the highlighted result while typing.
  useEffect(() => {
    const hit = hits[active];
    if (query.trim() && hit) setShown(hit.attendee);
  }, [hits, active, query]);

  const changeQuery = (value: string): void => {
    setQuery(value);
    setActive(0);
    setTypingSinceResult(true);
  };

  const finish = (attendee: Attendee | null | undefined): void => {
    setQuery('');
    setActive(0);
    setTypingSinceResult(false);
    if (attendee) setShown(attendee);
    box.current?.focus();
  };

  const submit = async (text: string, fromScanner: boolean): Promise<void> => {
    let target: { code: string } | { attendeeId: string } = { code: text };
    if (!fromScanner) {
      // A typed name: use the highlighted result, or ask once more if the results are stale.
      const current = search.query === text ? hits : await call('roster.search', { query: text, limit: 5 }).catch(() => []);
      const pick = current[search.query === text ? active : 0];
      if (pick && pick.match !== 'code') target = { attendeeId: pick.attendee.id };
    }
    const outcome = await desk.checkIn(target);
    finish(outcome?.attendee);
  };

  const checkInShown = async (): Promise<void> => {
    if (!shown) return;
    finish((await desk.checkIn({ attendeeId: shown.id }))?.attendee);
  };

  const saveWalkIn = async (f: AttendeeFields): Promise<void> => {
    const { attendee, checkin } = await call('attendee.walkIn', {
      firstName: f.firstName, familyName: f.familyName, organisation: f.organisation, jobTitle: f.jobTitle,
      country: f.country, email: f.email, category: f.category, notes: f.notes, checkIn: false,
    });
    setModal(null);
    if (!checkin) await desk.checkIn({ attendeeId: attendee.id });
    finish(attendee);
  };

  const saveEdit = async (id: string, f: AttendeeFields): Promise<void> => {
    const patch = Object.fromEntries(FIELD_NAMES.map((k) => [k, f[k]]));
    const attendee = await call('attendee.edit', { id, patch });
    setModal(null);
    finish(attendee);
  };

  const person = details?.attendee ?? shown;
  return (
    <div className={styles.desk}>
      <section className={`card ${styles.left}`} aria-label={t('desk.searchPanel')}>
        <ScanBox
          ref={box}
          value={query}
          onChange={changeQuery}
          onMove={(d) => setActive((i) => Math.max(0, Math.min(hits.length - 1, i + d)))}
          onSubmit={(text, fromScanner) => void submit(text, fromScanner)}
          onEscape={() => finish(null)}
          listId={LIST_ID}
          activeId={hits.length ? optionId(LIST_ID, active) : undefined}
          expanded={hits.length > 0}
        />
        <div className={styles.listHead}>
          <span>{query.trim() ? t('desk.matches', { count: hits.length }) : t('desk.hint')}</span>
          <span className={styles.keys}><kbd className={styles.kbd}>↑</kbd><kbd className={styles.kbd}>↓</kbd> <kbd className={styles.kbd}>Enter</kbd></span>
        </div>
        {search.error && <p className="error-text">{search.error}</p>}
        {query.trim() && search.query === query.trim() && hits.length === 0 && <p className={styles.noMatch}>{t('desk.noMatch')}</p>}
        <ResultsList id={LIST_ID} query={search.query} hits={hits} activeIndex={active} onPick={(i) => { setActive(i); box.current?.focus(); }} />
        <footer className={styles.tools}>
          <button type="button" className="btn" onClick={() => setModal({ kind: 'walk-in' })} data-testid="walk-in">+ {t('desk.walkIn')}</button>
          <button type="button" className="btn" aria-pressed={camera} onClick={() => setCamera((c) => !c)}>{t('desk.camera')}</button>
          {rules.data && (
            <label className={styles.toggle}>
              <input type="checkbox" checked={rules.data.autoPrint} onChange={(e) => void call('printers.setRules', { autoPrint: e.target.checked }).then(rules.reload)} data-testid="auto-print" />
              {t('desk.autoPrint')}
            </label>
          )}
        </footer>
      </section>

      <section className={styles.right} aria-label={t('desk.personPanel')}>
        {camera && <CameraScanner onCode={(code) => void desk.checkIn({ code }).then((o) => finish(o?.attendee))} onClose={() => setCamera(false)} />}
        {desk.error && <p className={styles.failure} role="alert">{desk.error}</p>}
        {desk.result && (
          <div className={styles.bannerWrap} data-stale={typingSinceResult}>
            <ResultBanner result={desk.result} undoLeft={desk.undoLeft} timeZone={settings?.timeZone} onUndo={() => void desk.undo().then(() => box.current?.focus())} />
          </div>
        )}
        {person ? (
          <PersonCard
            attendee={person}
            checkins={details?.checkins ?? []}
            meetings={details?.meetingCount ?? null}
            eventDays={settings?.days ?? []}
            today={today}
            timeZone={settings?.timeZone}
            busy={desk.busy}
            onCheckIn={() => void checkInShown()}
            onPrint={() => void desk.print(person.id).then(() => box.current?.focus())}
            onEdit={() => setModal({ kind: 'edit', attendee: person })}
          />
        ) : (
          !desk.result && <DeskIdle />
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
    </div>
  );
}
