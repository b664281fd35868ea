import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isPairedDevice } from '../../api/client.ts';
import { useCall } from '../../api/useCall.ts';
import { LanguageSelect } from '../../components/LanguageSelect.tsx';
import { hrefOf } from '../../routes.ts';
import { SessionDoor } from './SessionDoor.tsx';
import { SessionPicker } from './SessionPicker.tsx';
import styles from './RoomDoor.module.css';

/**
 * What a door is for. 'session' checks people into one programme item; another mode (matchmaking
 * tables) plugs its own picker and scan handler into DoorStation the same way SessionDoor does.
 */
export type DoorMode = 'session';

const STORAGE_KEY = 'foyer.door.session';

/**
 * Whether this screen runs on a desk (the Electron app, or a browser on the serving machine itself,
 * which needs no pairing) rather than on a tablet paired with the door token: a desk gets a way back.
 */
const onDesk = (): boolean => !isPairedDevice();

/** A desk or a tablet at a room door, chosen for one session. Calls only the door.* methods. */
export function RoomDoorScreen({ mode = 'session' }: { mode?: DoorMode }) {
  const { t } = useTranslation();
  const [sessionId, setSessionId] = useState<string | null>(() => localStorage.getItem(STORAGE_KEY));
  const programme = useCall('door.sessions', {});
  const choose = (id: string | null): void => {
    if (id) localStorage.setItem(STORAGE_KEY, id);
    else localStorage.removeItem(STORAGE_KEY);
    setSessionId(id);
  };
  return (
    <div className={styles.door} data-mode={mode}>
      <div className={styles.top}>
        <span className={styles.brand}><span className={styles.logo} aria-hidden="true">F</span>{t('roomDoor.brand')}{programme.data ? ` · ${programme.data.eventName}` : ''}</span>
        <span className={styles.tools}>
          {onDesk() && <a className={styles.back} href={hrefOf('desk')}>{t('roomDoor.backToDesk')}</a>}
          <LanguageSelect />
        </span>
      </div>
      <main className={styles.stage}>
        {sessionId
          ? <SessionDoor key={sessionId} sessionId={sessionId} timeZone={programme.data?.timeZone} onChange={() => choose(null)} onSwitch={choose} />
          : <SessionPicker onPick={choose} />}
      </main>
    </div>
  );
}
