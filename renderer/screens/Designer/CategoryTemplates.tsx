import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useCall } from '../../api/useCall.ts';
import styles from './Designer.module.css';

/** Which template this desk prints for each category (unset: the desk's template from Setup). */
export function CategoryTemplates() {
  const { t } = useTranslation();
  const templates = useCall('designer.templates', {});
  const samples = useCall('designer.samples', {});
  const choices = useCall('designer.categoryTemplates', {});
  const choose = async (category: string, templateId: string): Promise<void> => {
    await call('designer.chooseForCategory', { category, templateId: templateId || null });
    choices.reload();
  };
  return (
    <section className={`card ${styles.startCard}`} aria-labelledby="per-category">
      <h2 id="per-category">{t('designer.perCategory')}</h2>
      <p className="muted">{t('designer.perCategoryHint')}</p>
      <div className={styles.perCategory}>
        {samples.data?.categories.map((c) => (
          <label key={c} className="field">
            <span>{t(`category.${c}`, { defaultValue: c })}</span>
            <select className="input" value={choices.data?.find((x) => x.category === c)?.template ?? ''} onChange={(e) => void choose(c, e.target.value)} data-testid={`category-template-${c}`}>
              <option value="">{t('designer.deskDefault')}</option>
              {templates.data?.filter((x) => !x.sheet && !x.fold).map((x) => <option key={x.id} value={x.id}>{x.id}</option>)}
            </select>
          </label>
        ))}
      </div>
    </section>
  );
}
