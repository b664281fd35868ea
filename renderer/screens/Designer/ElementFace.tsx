import { useTranslation } from 'react-i18next';
import { categoryLabel } from '../../../model/badge-category-style.ts';
import type { BadgeTemplate } from '../../../model/badge-template.ts';
import type { Draft, DraftElement } from './model.ts';
import styles from './Designer.module.css';

const PX_PER_PT = 25.4 / 72;

interface Props {
  readonly element: DraftElement;
  readonly draft: Draft;
  readonly scale: number;
  readonly colours: { band: string; text: string };
  readonly images: ReadonlyMap<string, string>;
  readonly sampleName: string;
}

/** The sample text a text element shows on the canvas (empty for codes, images and shapes). */
export function faceText(e: DraftElement, draft: Draft, t: (key: string) => string, sampleName: string): string {
  const samples: Record<string, string> = {
    name: sampleName, organisation: t('designer.sample.organisation'), jobTitle: t('designer.sample.jobTitle'), country: t('designer.sample.country'),
    category: categoryLabel(draft as BadgeTemplate, 'participant'), eventName: t('designer.sample.eventName'), eventDates: t('designer.sample.eventDates'),
    meetings: t('designer.sample.meetings'), text: e.kind === 'text' ? e.text ?? '' : '',
  };
  return samples[e.kind] ?? '';
}

/** A quick stand-in for an element on the canvas; the preview beside it is the real rendering. */
export function ElementFace({ element: e, draft, scale, colours, images, sampleName }: Props) {
  const { t } = useTranslation();
  switch (e.kind) {
    case 'band':
      return <span className={styles.fill} style={{ background: colours.band }} />;
    case 'qr':
    case 'vcard':
      return <span className={styles.qr}><span>{t(`designer.kind.${e.kind}`)}</span></span>;
    case 'logo': {
      const url = images.get(e.image ?? 'event');
      return url ? <img className={styles.logoImg} src={url} alt="" /> : <span className={styles.placeholder}>{t('designer.kind.logo')}</span>;
    }
    case 'line': {
      const horizontal = e.width >= e.height;
      const w = Math.max(1, (e.strokeWidth ?? 0.5) * scale);
      return <span className={styles.line} style={horizontal ? { height: w, background: e.stroke ?? '#1a1a1a', width: '100%' } : { width: w, background: e.stroke ?? '#1a1a1a', height: '100%' }} />;
    }
    case 'box':
      return <span className={styles.fill} style={{ background: e.fill ?? 'transparent', border: `${Math.max((e.strokeWidth ?? 0.5) * scale, e.strokeWidth ? 1 : 0)}px solid ${e.stroke ?? '#1a1a1a'}` }} />;
    default: {
      const text = faceText(e, draft, t, sampleName);
      const colour = e.colour ?? (e.kind === 'category' ? colours.text : e.kind === 'country' || e.kind === 'eventDates' ? (draft.muted ?? '#555555') : (draft.text ?? '#1a1a1a'));
      return (
        <span
          className={styles.text}
          data-align={e.align ?? 'center'}
          data-valign={e.valign ?? 'middle'}
          style={{ fontSize: (e.size ?? 10) * PX_PER_PT * scale, fontWeight: e.font === 'bold' ? 700 : 400, color: colour, textTransform: e.uppercase ? 'uppercase' : 'none', WebkitLineClamp: e.maxLines ?? 1 }}
        >
          {text}
        </span>
      );
    }
  }
}
