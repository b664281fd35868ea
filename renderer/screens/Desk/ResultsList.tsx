import { useTranslation } from 'react-i18next';
import { VirtualList } from '../../components/VirtualList.tsx';
import { CategoryChip } from '../../components/CategoryChip.tsx';
import type { MethodOutput } from '../../api/methods.ts';
import styles from './Desk.module.css';

interface Props {
  readonly id: string;
  readonly query: string;
  readonly hits: MethodOutput<'roster.search'>;
  readonly activeIndex: number;
  readonly onPick: (index: number) => void;
}

const ROW_HEIGHT = 64;
export const optionId = (listId: string, index: number): string => `${listId}-opt-${index}`;

/** Search results, windowed; the input keeps focus and points at the active row. */
export function ResultsList({ id, query, hits, activeIndex, onPick }: Props) {
  const { t } = useTranslation();
  return (
    <VirtualList
      className={styles.results}
      items={hits}
      rowHeight={ROW_HEIGHT}
      activeIndex={activeIndex}
      innerProps={{ id, role: 'listbox', 'aria-label': t('desk.results'), 'data-query': query, 'data-testid': 'results' }}
      renderRow={({ attendee: a, match, checkedIn }, i) => (
        <div
          id={optionId(id, i)}
          role="option"
          aria-selected={i === activeIndex}
          className={styles.row}
          onMouseDown={(e) => e.preventDefault() /* keep focus in the input */}
          onClick={() => onPick(i)}
        >
          <div className={styles.rowMain}>
            <span className={styles.rowName}>
              {a.displayName}
              {a.attention && <span className={styles.rowFlag} title={t('desk.attention')}>!</span>}
            </span>
            <span className={styles.rowSub}>
              {[a.organisation, a.country].filter(Boolean).join(' · ') || '—'}
              {match === 'typo' && <em className={styles.rowTypo}> · {t('desk.didYouMean')}</em>}
            </span>
          </div>
          <div className={styles.rowSide}>
            {a.status !== 'active' && <span className={styles.rowStatus}>{t(`status.${a.status}`)}</span>}
            {checkedIn && <span className={styles.rowIn} title={t('desk.card.today')} data-testid="row-in">✓ {t('desk.in')}</span>}
            <CategoryChip category={a.category} />
          </div>
        </div>
      )}
    />
  );
}
