import { useTranslation } from 'react-i18next';
import { categoryColours } from './category.ts';

export function CategoryChip({ category, large = false }: { category: string; large?: boolean }) {
  const { t } = useTranslation();
  const { fg, bg } = categoryColours(category);
  return (
    <span
      style={{
        display: 'inline-flex', alignItems: 'center', gap: 6, padding: large ? '4px 12px' : '2px 8px',
        borderRadius: 999, background: bg, color: fg, fontWeight: 700, fontSize: large ? 14 : 12,
        textTransform: 'uppercase', letterSpacing: '0.04em', whiteSpace: 'nowrap',
      }}
    >
      <span aria-hidden="true" style={{ width: 8, height: 8, borderRadius: '50%', background: fg }} />
      {t(`category.${category}`, { defaultValue: category })}
    </span>
  );
}
