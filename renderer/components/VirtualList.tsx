import { useEffect, useRef, useState, type ReactNode } from 'react';

// Windowed list with fixed row height: only the rows in view (plus a few) are in the DOM, so a
// long result list costs the same to paint as a short one.

interface Props<T> {
  readonly items: readonly T[];
  readonly rowHeight: number;
  readonly renderRow: (item: T, index: number) => ReactNode;
  /** Index kept in view (keyboard navigation). */
  readonly activeIndex: number;
  readonly overscan?: number;
  readonly className?: string;
  readonly innerProps?: React.HTMLAttributes<HTMLDivElement> & Record<`data-${string}`, string>;
}

export function VirtualList<T>({ items, rowHeight, renderRow, activeIndex, overscan = 4, className, innerProps }: Props<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const el = scroller.current;
    if (!el || activeIndex < 0) return;
    const top = activeIndex * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight - el.clientHeight;
  }, [activeIndex, rowHeight]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    rows.push(
      <div key={i} style={{ position: 'absolute', top: i * rowHeight, left: 0, right: 0, height: rowHeight }}>
        {renderRow(items[i] as T, i)}
      </div>,
    );
  }
  return (
    <div ref={scroller} className={className} style={{ overflowY: 'auto', position: 'relative' }} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <div {...innerProps} style={{ position: 'relative', height: items.length * rowHeight }}>
        {rows}
      </div>
    </div>
  );
}
