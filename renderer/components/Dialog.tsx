import { useEffect, useRef, type ReactNode } from 'react';
import styles from './Dialog.module.css';

/** A modal built on <dialog>: the browser traps focus, Escape closes, the page behind is inert. */
export function Dialog({ title, onClose, children, wide = false }: { title: string; onClose: () => void; children: ReactNode; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    // No close() on cleanup: it fires `close`, which would unmount the dialog StrictMode just remounted.
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog ref={ref} className={styles.dialog} data-wide={wide} onClose={onClose} aria-labelledby="dialog-title">
      <header className={styles.head}>
        <h2 id="dialog-title">{title}</h2>
        <button type="button" className={styles.close} onClick={onClose} aria-label="×">×</button>
      </header>
      <div className={styles.body}>{children}</div>
    </dialog>
  );
}
