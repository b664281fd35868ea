import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../api/client.ts';
import { fileToBase64 } from '../Setup/readFile.ts';
import styles from './Designer.module.css';

const MAX_BYTES = 2 * 1024 * 1024;

interface Props {
  readonly value: string;
  readonly images: readonly { id: string; name: string }[];
  readonly onPick: (id: string) => void;
  readonly onAdded: (id: string) => void;
}

/** Which image a logo element shows: the event's logo or one added here (PNG, JPEG or SVG, 2 MB at most). */
export function ImagePicker({ value, images, onPick, onAdded }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const add = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    setError(null);
    // Refused before the upload: a clear answer at once, and no 10 MB request.
    if (file.size > MAX_BYTES) {
      setError(t('designer.imageTooLarge', { name: file.name, size: (file.size / 1024 / 1024).toFixed(1) }));
      return;
    }
    setBusy(true);
    try {
      const added = await call('designer.addImage', { fileName: file.name, contentBase64: await fileToBase64(file) });
      onAdded(added.id);
      onPick(added.id);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.imagePicker}>
      <label className="field">
        <span>{t('designer.image')}</span>
        <select className="input" value={value} onChange={(ev) => onPick(ev.target.value)} data-testid="prop-image">
          <option value="event">{t('designer.eventLogo')}</option>
          {images.map((i) => <option key={i.id} value={i.id}>{i.name}</option>)}
        </select>
      </label>
      <label className="btn">
        {busy ? t('designer.uploading') : t('designer.addImage')}
        <input type="file" className="sr-only" accept="image/png,image/jpeg,image/svg+xml,.png,.jpg,.jpeg,.svg" data-testid="image-file"
          onChange={(ev) => { void add(ev.target.files?.[0]); ev.target.value = ''; }} />
      </label>
      {error && <p className="error-text" role="alert" data-testid="image-error">{error}</p>}
    </div>
  );
}
