import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isPairedDevice } from '../../api/client.ts';
import { useCall } from '../../api/useCall.ts';
import { LanguageSelect } from '../../components/LanguageSelect.tsx';
import { hrefOf } from '../../routes.ts';
import { MatchmakingDoor } from './MatchmakingDoor.tsx';
import { SessionDoor } from './SessionDoor.tsx';
import { SessionPicker } from './SessionPicker.tsx';
import styles from './RoomDoor.module.css';

/**
 * What a door is for. 'session' checks people into one programme item; 'matchmaking' confirms the
 * meetings held at its tables. Each plugs its own scan handler into DoorStation.
 */
export type DoorMode = 'session' | 'matchmaking';
type Door =
  | { readonly mode: 'session'; readonly sessionId: string }
  | { readonly mode: 'matchmaking'; readonly place: string; readonly title: string | null };

const STORAGE_KEY = 'foyer.door.session';
const MATCHMAKING_KEY = 'foyer.door.matchmaking';

/** The door this tablet was set to, kept across reloads. */
function storedDoor(): Door | null {
  try {
    const mm = JSON.parse(localStorage.getItem(MATCHMAKING_KEY) ?? 'null') as { place?: unknown; title?: unknown } | null;
    if (mm && typeof mm.place === 'string') return { mode: 'matchmaking', place: mm.place, title: typeof mm.title === 'string' ? mm.title : null };
  } catch {
    localStorage.removeItem(MATCHMAKING_KEY);
  }
  const sessionId = localStorage.getItem(STORAGE_KEY);
  return sessionId ? { mode: 'session', sessionId } : null;
}

function storeDoor(door: Door | null): void {
  localStorage.removeItem(STORAGE_KEY);
  localStorage.removeItem(MATCHMAKING_KEY);
  if (door?.mode === 'session') localStorage.setItem(STORAGE_KEY, door.sessionId);
  if (door?.mode === 'matchmaking') localStorage.setItem(MATCHMAKING_KEY, JSON.stringify({ place: door.place, title: door.title }));
}

/**
 * Whether this screen runs on a desk (the Electron app, or a browser on the serving machine itself,
 * which needs no pairing) rather than on a tablet paired with the door token: a desk gets a way back.
 */
const onDesk = (): boolean => !isPairedDevice();

/** A desk or a tablet at a room door, chosen for one session or a matchmaking area. Calls only the door token's methods. */
export function RoomDoorScreen() {
  const { t } = useTranslation();
  const [door, setDoor] = useState<Door | null>(storedDoor);
  const programme = useCall('door.sessions', {});
  const choose = (next: Door | null): void => {
    storeDoor(next);
    setDoor(next);
  };
  const stage = (): ReactNode => {
    if (door?.mode === 'session') {
      return (
        <SessionDoor
          key={door.sessionId} sessionId={door.sessionId} timeZone={programme.data?.timeZone}
          onChange={() => choose(null)} onSwitch={(sessionId) => choose({ mode: 'session', sessionId })}
        />
      );
    }
    if (door?.mode === 'matchmaking') {
      return (
        <MatchmakingDoor
          key={door.place} place={door.place} title={door.title} timeZone={programme.data?.timeZone}
          onPlace={(place) => choose({ ...door, place })} onChange={() => choose(null)}
        />
      );
    }
    return <SessionPicker onPick={(sessionId) => choose({ mode: 'session', sessionId })} onMatchmaking={(place, title) => choose({ mode: 'matchmaking', place, title })} />;
  };
  return (
    <div className={styles.door} data-mode={door?.mode ?? 'picker'}>
      <div className={styles.top}>
        <span className={styles.brand}><span className={styles.logo} aria-hidden="true">F</span>{t('roomDoor.brand')}{programme.data ? ` · ${programme.data.eventName}` : ''}</span>
        <span className={styles.tools}>
          {onDesk() && <a className={styles.back} href={hrefOf('desk')}>{t('roomDoor.backToDesk')}</a>}
          <LanguageSelect />
        </span>
      </div>
      <main className={styles.stage}>{stage()}</main>
    </div>
  );
}
