import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call, errorMessage } from '../../api/client.ts';
import { bytesFromBase64 } from '../../components/download.ts';
import type { MethodOutput } from '../../api/methods.ts';
import type { Draft } from './model.ts';
import { PdfPages } from './PdfPages.tsx';
import styles from './Designer.module.css';

type Preview = MethodOutput<'designer.preview'>;

interface Props {
  readonly draft: Draft;
  readonly people: readonly { id: string; name: string; why: string }[];
  readonly onCut: (cut: Map<string, string[]>) => void;
  /** Most CSS pixels a page may take; it keeps its proportions. */
  readonly pageWidth: number;
  readonly pageHeight: number;
}

/** The badge as it will print, for the longest, the shortest and a non-Latin name on the roster. */
export function PreviewPane({ draft, people, onCut, pageWidth, pageHeight }: Props) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<{ bytes: Uint8Array; pages: Preview['pages'] } | null>(null);
  const [problem, setProblem] = useState<{ message: string; issues: string[] } | null>(null);
  const cutRef = useRef(onCut);
  cutRef.current = onCut;
  const ids = people.map((p) => p.id).join(',');
  // One request at a time, always for the latest draft: an edit is sent at once when the renderer
  // is idle, and edits made meanwhile (a drag) are folded into the next request. Aborting would not
  // stop the core from rendering drafts nobody will see.
  const latest = useRef({ draft, ids });
  latest.current = { draft, ids };
  const busy = useRef(false);
  const dirty = useRef(false);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const refresh = useCallback((): void => {
    if (busy.current) {
      dirty.current = true;
      return;
    }
    const { draft: sent, ids: who } = latest.current;
    if (!who) return;
    busy.current = true;
    dirty.current = false;
    call('designer.preview', { template: sent, attendeeIds: who.split(',') })
      .then((r) => {
        if (!alive.current) return;
        setPreview({ bytes: bytesFromBase64(r.base64), pages: r.pages });
        setProblem(null);
        const cut = new Map<string, string[]>();
        for (const p of r.pages) for (const c of p.cut) cut.set(c.element, [...(cut.get(c.element) ?? []), p.name]);
        cutRef.current(cut);
      })
      .catch((err: unknown) => {
        if (!alive.current) return;
        const lines = errorMessage(err).split('\n');
        setProblem({ message: lines[0] ?? '', issues: err instanceof ApiError ? lines.slice(1).map((l) => l.trim()).filter(Boolean) : [] });
      })
      .finally(() => {
        busy.current = false;
        if (dirty.current && alive.current) refresh();
      });
  }, []);

  useEffect(refresh, [draft, ids, refresh]);

  if (!ids) return <p className="muted">{t('designer.noRoster')}</p>;
  return (
    <div className={styles.preview} data-testid="designer-preview" aria-live="polite">
      {problem && (
        <div className={styles.problem} role="alert" data-testid="designer-problem">
          <strong>{t('designer.notValid')}</strong>
          <ul>{(problem.issues.length ? problem.issues : [problem.message]).map((l) => <li key={l}>{l}</li>)}</ul>
        </div>
      )}
      {preview && (
        <PdfPages
          bytes={preview.bytes}
          maxWidth={pageWidth}
          maxHeight={pageHeight}
          pageLabels={preview.pages.map((p) => t('designer.previewOf', { name: p.name }))}
          captions={preview.pages.map((p) => (
            <>
              <span className={styles.previewName}>{p.name}</span>
              <span className="muted">{t(`designer.why.${people.find((x) => x.id === p.attendeeId)?.why ?? 'longest'}`)}</span>
              {p.cut.length > 0 && <span className={styles.cutNote} data-testid="preview-cut">{t('designer.cutIn', { elements: p.cut.map((c) => c.element).join(', ') })}</span>}
            </>
          ))}
        />
      )}
    </div>
  );
}
