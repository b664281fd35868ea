import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './Desk.module.css';

// A USB scanner is a keyboard that types a whole code within a few milliseconds per key and ends
// with Enter. Timing tells a scan from a person typing a name into the same box.
const SCANNER_GAP_MS = 35;
const SCANNER_MIN_LENGTH = 4;

interface Props {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onMove: (delta: number) => void;
  readonly onSubmit: (text: string, fromScanner: boolean) => void;
  readonly onEscape: () => void;
  readonly listId: string;
  readonly activeId: string | undefined;
  readonly expanded: boolean;
}

export interface ScanBoxHandle {
  focus: () => void;
}

const isEditable = (el: Element | null): boolean =>
  !!el && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el as HTMLElement).isContentEditable);

/** The desk's one input. It takes focus back whenever nothing else needs the keyboard. */
export const ScanBox = forwardRef<ScanBoxHandle, Props>(function ScanBox(props, ref) {
  const { value, onChange, onMove, onSubmit, onEscape, listId, activeId, expanded } = props;
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const keyTimes = useRef<number[]>([]);
  useImperativeHandle(ref, () => ({ focus: () => input.current?.focus() }), []);

  useEffect(() => {
    // A key pressed while a button has focus (or nothing does) goes to the box: a scan is never lost.
    const onKey = (e: KeyboardEvent): void => {
      const active = document.activeElement;
      if (active === input.current || isEditable(active) || active?.closest('[role="dialog"]')) return;
      if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) input.current?.focus();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  const refocusSoon = (): void => {
    setTimeout(() => {
      const active = document.activeElement;
      if (!active || active === document.body || active.tagName === 'MAIN') input.current?.focus();
    }, 0);
  };

  const handleKeyDown = (e: React.KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      onMove(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const times = keyTimes.current;
      const gaps = times.slice(1).map((at, i) => at - (times[i] as number));
      const fromScanner = value.length >= SCANNER_MIN_LENGTH && times.length >= value.length && gaps.every((g) => g < SCANNER_GAP_MS);
      keyTimes.current = [];
      if (value.trim()) onSubmit(value.trim(), fromScanner);
    } else if (e.key === 'Escape') {
      keyTimes.current = [];
      onEscape();
    } else if (e.key.length === 1) {
      keyTimes.current = value.length === 0 ? [e.timeStamp] : [...keyTimes.current, e.timeStamp];
    } else if (e.key === 'Backspace') {
      keyTimes.current = [];
    }
  };

  return (
    <div className={styles.scanBox}>
      <svg className={styles.scanIcon} viewBox="0 0 24 24" aria-hidden="true">
        <path d="M3 7V4h3M21 7V4h-3M3 17v3h3M21 17v3h-3M7 8v8M10 8v8M13 8v8M17 8v8" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <input
        ref={input}
        className={styles.scanInput}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={handleKeyDown}
        onBlur={refocusSoon}
        placeholder={t('desk.placeholder')}
        aria-label={t('desk.inputLabel')}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        autoFocus
        data-testid="desk-input"
      />
    </div>
  );
});
