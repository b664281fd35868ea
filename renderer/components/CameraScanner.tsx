import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadDecoder } from './barcode-decoder.ts';
import styles from './CameraScanner.module.css';

const REPEAT_GUARD_MS = 3000;
const FRAME_MS = 200;

/**
 * Reads ticket and badge codes from the camera (a laptop's webcam, a document camera). The USB
 * scanner and the keyboard always work too; the camera is for desks without a scanner.
 */
export function CameraScanner({ onCode, onClose }: { onCode: (code: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const latest = useRef(onCode);
  latest.current = onCode;

  useEffect(() => {
    if (!navigator.mediaDevices?.getUserMedia) {
      setProblem(t('desk.cameraUnsupported'));
      return;
    }
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = { code: '', at: 0 };
    let stopped = false;
    const start = async (): Promise<void> => {
      const [decoder, s] = await Promise.all([loadDecoder(), navigator.mediaDevices.getUserMedia({ video: { facingMode: 'user' } })]);
      if (stopped) return s.getTracks().forEach((track) => track.stop());
      stream = s;
      const v = video.current;
      if (!v) return;
      v.srcObject = s;
      await v.play();
      setReady(true);
      // One frame at a time: the next is read only when the decoder answered the previous one.
      const tick = async (): Promise<void> => {
        if (stopped) return;
        try {
          const code = v.readyState >= 2 ? (await decoder.detect(v))[0]?.rawValue : undefined;
          // The same badge held in front of the camera is one scan, not ten.
          if (code && !(code === last.code && Date.now() - last.at < REPEAT_GUARD_MS)) {
            last = { code, at: Date.now() };
            latest.current(code);
          }
        } catch {
          // A frame the decoder could not read (camera still starting): try the next one.
        }
        timer = setTimeout(() => void tick(), FRAME_MS);
      };
      void tick();
    };
    start().catch(() => setProblem(t('desk.cameraDenied')));
    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [t]);

  return (
    <div className={`card ${styles.camera}`} data-testid="camera" data-ready={ready}>
      {problem ? <p className="muted">{problem}</p> : <video ref={video} className={styles.video} muted playsInline aria-label={t('desk.camera')} />}
      {!problem && <p className="muted">{ready ? t('door.camera.hint') : t('door.camera.starting')}</p>}
      <button type="button" className="btn" onClick={onClose}>{t('desk.cameraClose')}</button>
    </div>
  );
}
