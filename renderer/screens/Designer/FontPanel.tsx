import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../api/client.ts';
import { fileToBase64 } from '../Setup/readFile.ts';
import type { Draft } from './model.ts';
import styles from './Designer.module.css';

/** Adds a TTF or OTF font to the design, with the licence it may be used under. */
export function FontPanel({ draft, onChange }: { draft: Draft; onChange: (next: Draft) => void }) {
  const { t } = useTranslation();
  const [licence, setLicence] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    setError(null);
    try {
      const f = await call('designer.addFont', { fileName: file.name, contentBase64: await fileToBase64(file), licence });
      const base = f.family.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 30) || 'font';
      const alias = /^[a-z]/.test(base) ? base : `f-${base}`;
      onChange({ ...draft, userFonts: { ...draft.userFonts, [alias]: { asset: f.id, name: `${f.family} (${file.name})`, licence: f.licence } } });
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const fonts = Object.entries(draft.userFonts ?? {});
  return (
    <div className={styles.fonts}>
      {fonts.length > 0 && <ul className={styles.fontList}>{fonts.map(([alias, f]) => <li key={alias}><strong>{f.name}</strong> <span className="muted">{f.licence}</span></li>)}</ul>}
      <label className="field">
        <span>{t('designer.fontLicence')}</span>
        <input className="input" value={licence} onChange={(e) => setLicence(e.target.value)} placeholder="SIL Open Font License 1.1" />
      </label>
      <label className="btn" aria-disabled={!licence.trim()}>
        {t('designer.addFont')}
        <input type="file" className="sr-only" accept=".ttf,.otf,font/ttf,font/otf" disabled={!licence.trim()} onChange={(e) => { void add(e.target.files?.[0]); e.target.value = ''; }} />
      </label>
      {error && <p className="error-text" role="alert">{error}</p>}
    </div>
  );
}
