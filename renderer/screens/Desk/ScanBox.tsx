import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { typedBefore, WedgeBurst } from './wedge.ts';
import styles from './Desk.module.css';

interface Props {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onMove: (delta: number) => void;
  /** A person typed this and pressed Enter. */
  readonly onSubmit: (text: string) => void;
  /** A scanner typed `code`; `typed` is what the operator had typed before it (kept for them). */
  readonly onScan: (code: string, typed: string) => void;
  readonly onEscape: () => void;
  readonly listId: string;
  readonly activeId: string | undefined;
  readonly expanded: boolean;
}

export interface ScanBoxHandle {
  focus: () => void;
}

/** Where a person is typing something else (a form field): their keys stay there. */
const isTextEntry = (el: Element | null): boolean =>
  !!el && ((el instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(el.type))
    || el instanceof HTMLTextAreaElement || (el as HTMLElement).isContentEditable);

/**
 * The desk's one input. Every scan reaches it, whatever has the focus (a checkbox, the language
 * selector, a button, nothing after a dialog closed): one capture-phase listener sees each key
 * first, sends characters meant for no text field to the box instead of the focused control (no
 * toggled checkbox, no language switched, no dropdown opened), and tells a scanner's burst from
 * typing by its timing (wedge.ts).
 */
export const ScanBox = forwardRef<ScanBoxHandle, Props>(function ScanBox(props, ref) {
  const { value, onChange, onMove, onEscape, listId, activeId, expanded } = props;
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const latest = useRef(props);
  latest.current = props;
  useImperativeHandle(ref, () => ({ focus: () => input.current?.focus() }), []);

  useEffect(() => {
    const burst = new WedgeBurst();
    const onKey = (e: KeyboardEvent): void => {
      const box = input.current;
      if (!box || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
      const printable = e.key.length === 1;
      const ending = e.key === 'Enter' || e.key === 'Tab';
      const active = document.activeElement;
      const inBox = active === box;
      // A modal dialog or another text field has the person's attention: leave their keys alone.
      if (!inBox && (isTextEntry(active) || document.querySelector('dialog[open]'))) {
        burst.reset();
        return;
      }
      // Space pressed on its own is a person activating the focused button or checkbox; in a burst it is part of a code.
      if (!inBox && e.key === ' ' && !burst.active(e.timeStamp)) return;
      if (printable) burst.key(e.key, e.timeStamp);
      else if (!ending && e.key !== 'Shift') burst.reset();
      if (!inBox) {
        if (!printable && !(ending && burst.active(e.timeStamp))) return;
        // The key is the box's, never the focused control's.
        e.preventDefault();
        box.focus();
        if (printable) {
          latest.current.onChange(latest.current.value + e.key);
          return;
        }
      }
      if (!ending) return;
      const text = box.value;
      const scan = burst.end(e.timeStamp);
      if (scan) {
        e.preventDefault();
        latest.current.onScan(scan.code, typedBefore(text, scan.code).trim());
      } else if (e.key === 'Enter') {
        e.preventDefault();
        if (text.trim()) latest.current.onSubmit(text.trim());
      }
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
    } else if (e.key === 'Escape') {
      onEscape();
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
