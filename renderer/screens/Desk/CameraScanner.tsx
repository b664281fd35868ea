import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './Desk.module.css';

// BarcodeDetector is in Chromium on most platforms but not everywhere; the camera is an extra,
// the USB scanner and the keyboard always work.
interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type DetectorClass = new (options: { formats: string[] }) => Detector;

const REPEAT_GUARD_MS = 3000;

export function CameraScanner({ onCode, onClose }: { onCode: (code: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const latest = useRef(onCode);
  latest.current = onCode;

  useEffect(() => {
    const Barcode = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
    if (!Barcode || !navigator.mediaDevices?.getUserMedia) {
      setProblem(t('desk.cameraUnsupported'));
      return;
    }
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    let last = { code: '', at: 0 };
    let stopped = false;
    const detector = new Barcode({ formats: ['qr_code', 'code_128', 'ean_13'] });
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'user' } })
      .then(async (s) => {
        if (stopped) return s.getTracks().forEach((track) => track.stop());
        stream = s;
        const v = video.current;
        if (!v) return;
        v.srcObject = s;
        await v.play();
        timer = setInterval(() => {
          void detector.detect(v).then((codes) => {
            const code = codes[0]?.rawValue;
            // The same badge held in front of the camera is one scan, not ten.
            if (!code || (code === last.code && Date.now() - last.at < REPEAT_GUARD_MS)) return;
            last = { code, at: Date.now() };
            latest.current(code);
          });
        }, 200);
      })
      .catch(() => setProblem(t('desk.cameraDenied')));
    return () => {
      stopped = true;
      clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [t]);

  return (
    <div className={`card ${styles.camera}`}>
      {problem ? <p className="muted">{problem}</p> : <video ref={video} className={styles.video} muted playsInline aria-label={t('desk.camera')} />}
      <button type="button" className="btn" onClick={onClose}>{t('desk.cameraClose')}</button>
    </div>
  );
}
