import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../api/client.ts';
import { offerDownload } from '../../components/download.ts';
import { dayLabel } from '../../components/time.ts';
import styles from './Dashboard.module.css';

type List = 'checkins' | 'no-shows';

/** The organisers' lists as Excel files: who came, who did not, for the day shown or every day. */
export function ExportLists({ day }: { day: string | undefined }) {
  const { t, i18n } = useTranslation();
  const [allDays, setAllDays] = useState(false);
  const [busy, setBusy] = useState<List | null>(null);
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);

  const save = async (list: List): Promise<void> => {
    setBusy(list);
    setNote(null);
    try {
      const file = await call('lists.export', { list, day: allDays || !day ? null : day, format: 'xlsx' });
      offerDownload(file);
      setNote({ text: t('dashboard.lists.done', { count: file.rows, file: file.fileName }), error: false });
    } catch (err) {
      setNote({ text: errorMessage(err), error: true });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className={styles.lists} aria-label={t('dashboard.lists.title')} data-testid="export-lists">
      <div className={styles.listsControls}>
        <span className={styles.listsTitle}>{t('dashboard.lists.title')}</span>
        <select className="input" value={allDays ? 'all' : 'day'} onChange={(e) => setAllDays(e.target.value === 'all')} aria-label={t('dashboard.lists.days')} data-testid="export-days">
          <option value="day">{day ? dayLabel(day, i18n.resolvedLanguage ?? 'en') : t('dashboard.lists.thisDay')}</option>
          <option value="all">{t('dashboard.lists.allDays')}</option>
        </select>
        <button type="button" className="btn" disabled={busy !== null} onClick={() => void save('checkins')} data-testid="export-checkins">
          {busy === 'checkins' ? t('dashboard.lists.preparing') : t('dashboard.lists.checkins')}
        </button>
        <button type="button" className="btn" disabled={busy !== null} onClick={() => void save('no-shows')} data-testid="export-no-shows">
          {busy === 'no-shows' ? t('dashboard.lists.preparing') : t('dashboard.lists.noShows')}
        </button>
      </div>
      {note && <span className={`${styles.listsNote} ${note.error ? 'error-text' : ''}`} role={note.error ? 'alert' : 'status'}>{note.text}</span>}
    </section>
  );
}
