import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ElementKind } from '../../../model/badge-template.ts';
import { blankTemplate, toDesignerDraft } from '../../../model/badge-elements.ts';
import { call, errorMessage } from '../../api/client.ts';
import { useCall } from '../../api/useCall.ts';
import { Canvas } from './Canvas.tsx';
import { CategoryStyles } from './CategoryStyles.tsx';
import { CategoryTemplates } from './CategoryTemplates.tsx';
import { FontPanel } from './FontPanel.tsx';
import { Inspector } from './Inspector.tsx';
import { type Draft, type DraftElement, newElement, nextId, nudge, replaceElement } from './model.ts';
import { Palette } from './Palette.tsx';
import { PreviewPane } from './PreviewPane.tsx';
import { type Start, StartPanel } from './StartPanel.tsx';
import { useHistory } from './useHistory.ts';
import { useImages } from './useImages.ts';
import { useMediaQuery } from './useMediaQuery.ts';
import styles from './Designer.module.css';

const EMPTY: Draft = { ...blankTemplate('my-badge', { width: 105, height: 148 }), elements: [] };
const typing = (target: EventTarget | null): boolean => target instanceof HTMLElement && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName);

/** The badge designer: a face laid out on screen, previewed by the real renderer, saved as a template. */
export function DesignerScreen() {
  const { t } = useTranslation();
  const history = useHistory<Draft>(EMPTY);
  const draft = history.present;
  const [started, setStarted] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [cut, setCut] = useState<ReadonlyMap<string, readonly string[]>>(new Map());
  const [category, setCategory] = useState('participant');
  const [status, setStatus] = useState<{ tone: 'ok' | 'bad'; text: string; exists?: boolean } | null>(null);
  const samples = useCall('designer.samples', {});
  const images = useImages();
  // On wide screens the preview is a fourth column, in view while editing.
  const wide = useMediaQuery('(min-width: 1680px)');

  const begin = async (s: Start): Promise<void> => {
    setStatus(null);
    try {
      if ('size' in s) {
        history.reset({ ...blankTemplate('my-badge', s.size), elements: [] });
        setEditing(null);
      } else {
        const { template, bundled } = await call('designer.get', { templateId: s.template });
        const d = (bundled ? toDesignerDraft(template, `${s.template}-custom`) : template) as Draft;
        history.reset({ ...d, elements: d.elements ?? [] });
        setEditing(bundled ? null : s.template);
      }
      setSelected(null);
      setStarted(true);
    } catch (err) {
      setStatus({ tone: 'bad', text: errorMessage(err) });
    }
  };

  const change = useCallback((e: DraftElement, group: string | null) => history.set((d) => replaceElement(d, e), group), [history]);
  const remove = (id: string): void => {
    history.set((d) => ({ ...d, elements: d.elements.filter((e) => e.id !== id) }));
    setSelected(null);
  };
  const add = (kind: ElementKind): void => {
    const id = nextId(draft.elements, kind);
    history.set((d) => ({ ...d, elements: [...d.elements, newElement(kind, id, d.size)] }));
    setSelected(id);
  };

  useEffect(() => {
    if (!started) return;
    const onKey = (ev: KeyboardEvent): void => {
      if (!(ev.ctrlKey || ev.metaKey) || typing(ev.target)) return;
      const key = ev.key.toLowerCase();
      if (key === 'z' && !ev.shiftKey) history.undo();
      else if ((key === 'z' && ev.shiftKey) || key === 'y') history.redo();
      else return;
      ev.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [started, history]);

  const save = async (replace: boolean): Promise<void> => {
    try {
      const r = await call('designer.save', { template: draft, replace: replace || editing === draft.name });
      setEditing(r.name);
      setStatus({ tone: 'ok', text: t('designer.saved', { name: r.name }) });
    } catch (err) {
      const text = errorMessage(err);
      setStatus({ tone: 'bad', text, exists: /already exists/.test(text) });
    }
  };

  const people = samples.data?.people ?? [];
  const categories = samples.data?.categories ?? ['participant'];
  const element = draft.elements.find((e) => e.id === selected) ?? null;
  const sampleName = people[0]?.name ?? 'Ana-Maria Căpitanu';
  const imageList = useMemo(() => images.list, [images.list]);

  if (!started) {
    return (
      <div className={styles.designer}>
        <Header title={t('designer.title')} />
        {status && <p className="error-text" role="alert">{status.text}</p>}
        <StartPanel onStart={(s) => void begin(s)} />
        <CategoryTemplates />
      </div>
    );
  }

  return (
    <div className={styles.designer}>
      <Header title={t('designer.title')}>
        <label className={styles.nameField}>
          <span>{t('designer.name')}</span>
          <input className="input" value={draft.name} maxLength={60} data-testid="template-name"
            onChange={(e) => history.set({ ...draft, name: e.target.value.toLowerCase().replace(/[^a-z0-9-]/g, '-') }, 'name')} />
        </label>
        <span className={styles.sizeNote}>{t('designer.pageIs', { width: draft.size.width, height: draft.size.height })}</span>
        <div className={styles.toolbar}>
          <button type="button" className="btn" onClick={history.undo} disabled={!history.canUndo} data-testid="undo" aria-keyshortcuts="Control+Z">{t('designer.undo')}</button>
          <button type="button" className="btn" onClick={history.redo} disabled={!history.canRedo} data-testid="redo" aria-keyshortcuts="Control+Shift+Z">{t('designer.redo')}</button>
          <button type="button" className="btn" onClick={() => { setStarted(false); setStatus(null); }}>{t('designer.startOver')}</button>
          <button type="button" className="btn btn-primary" onClick={() => void save(false)} data-testid="save">{t('designer.save')}</button>
        </div>
      </Header>
      {status && (
        <div className={styles.status} data-tone={status.tone} role={status.tone === 'bad' ? 'alert' : 'status'} data-testid="save-status">
          <span>{status.text}</span>
          {status.exists && <button type="button" className="btn" onClick={() => void save(true)} data-testid="replace">{t('designer.replace')}</button>}
        </div>
      )}
      <div className={styles.workspace}>
        <aside className={styles.side} aria-label={t('designer.add')}>
          <Palette onAdd={add} />
        </aside>
        <Canvas
          draft={draft}
          selected={selected}
          onSelect={setSelected}
          onChange={change}
          onNudge={(id, dx, dy) => history.set((d) => nudge(d, id, dx, dy))}
          onDelete={remove}
          cut={cut}
          category={category}
          images={images.urls}
          sampleName={sampleName}
        />
        <aside className={styles.side} aria-label={t('designer.properties')}>
          {element
            ? <Inspector draft={draft} element={element} onChange={change} onDelete={() => remove(element.id)} images={imageList} onImageAdded={images.reload} />
            : <p className="muted">{t('designer.selectHint')}</p>}
        </aside>
        <section className={`card ${styles.panel} ${styles.previewPanel}`} aria-labelledby="designer-preview-title">
          <h2 id="designer-preview-title">{t('designer.preview')}</h2>
          <PreviewPane draft={draft} people={people} onCut={setCut} pageWidth={wide ? 250 : 320} pageHeight={wide ? 290 : 340} />
        </section>
      </div>
      <section className={`card ${styles.panel}`} aria-labelledby="designer-categories-title">
        <h2 id="designer-categories-title">{t('designer.categoryStyles')}</h2>
        <CategoryStyles draft={draft} categories={categories} onChange={(d, g) => history.set(d, g)} current={category} onShow={setCategory} />
      </section>
      <section className={`card ${styles.panel}`} aria-labelledby="designer-fonts-title">
        <h2 id="designer-fonts-title">{t('designer.fonts')}</h2>
        <FontPanel draft={draft} onChange={(d) => history.set(d)} />
      </section>
    </div>
  );
}

function Header({ title, children }: { title: string; children?: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <header className={styles.header}>
      <a className={styles.back} href="#/setup">{t('designer.back')}</a>
      <h1>{title}</h1>
      {children}
    </header>
  );
}
