import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './Setup.module.css';

/** Drop a roster file here, or pick one: the same path either way. */
export function DropZone({ onFile, busy }: { onFile: (file: File) => void; busy: boolean }) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  return (
    <label
      className={styles.drop}
      data-over={over}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file) onFile(file);
      }}
      data-testid="drop-zone"
    >
      <svg viewBox="0 0 48 48" className={styles.dropIcon} aria-hidden="true">
        <path d="M24 32V10M15 19l9-9 9 9M8 30v8h32v-8" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <strong>{busy ? t('setup.import.reading') : t('setup.import.drop')}</strong>
      <span className="muted">{t('setup.import.formats')}</span>
      <input
        type="file"
        className="sr-only"
        accept=".csv,.tsv,.txt,.xlsx"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = '';
        }}
        data-testid="import-file"
      />
    </label>
  );
}
