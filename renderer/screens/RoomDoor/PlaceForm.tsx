import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './RoomDoor.module.css';

/** Where a matchmaking tablet stands (a table, the area): every meeting it confirms is recorded there. */
export function PlaceForm({ places, onPlace, onCancel }: { places: readonly string[]; onPlace: (place: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [place, setPlace] = useState('');
  return (
    <form className={styles.picker} onSubmit={(e) => { e.preventDefault(); if (place.trim()) onPlace(place.trim()); }}>
      <h1 className={styles.pickerTitle}>{t('roomDoor.mm.where')}</h1>
      <p className={styles.pickerSub}>{t('roomDoor.mm.whereSub')}</p>
      <div className={styles.placeRow}>
        <input
          className={styles.scanInput} value={place} onChange={(e) => setPlace(e.target.value)} list="door-places" autoFocus maxLength={200}
          placeholder={t('matchmaking.placeHint')} aria-label={t('matchmaking.place')} data-testid="door-place"
        />
        <datalist id="door-places">{places.map((p) => <option key={p} value={p} />)}</datalist>
        <button type="submit" className="btn btn-primary btn-lg" disabled={!place.trim()} data-testid="door-place-open">{t('roomDoor.mm.open')}</button>
        <button type="button" className="btn btn-lg" onClick={onCancel}>{t('roomDoor.mm.back')}</button>
      </div>
    </form>
  );
}
