import { useTranslation } from 'react-i18next';
import type { FrameworkStatus } from '../../schemas/framework';

/** Status in words, never colour alone: "concept" / "vastgesteld". */
export function FrameworkStatusBadge({ status }: { status: FrameworkStatus }) {
  const { t } = useTranslation('framework');
  return (
    <span className={status === 'concept' ? 'badge concept' : 'badge done'}>
      <span className="visually-hidden">{t('facts.status')}: </span>
      {t(`status.${status}`)}
    </span>
  );
}

export function SourceBadge({ source }: { source: 'bundled' | 'local' }) {
  const { t } = useTranslation('framework');
  return (
    <span className="badge">
      <span className="visually-hidden">{t('facts.source')}: </span>
      {t(`source.${source}`)}
    </span>
  );
}

/** "Actie 2.7" / "Addendum": labels for plan actions of the government action plan. */
export function usePlanActionLabel(): (action: string) => string {
  const { t } = useTranslation('framework');
  return (action) =>
    action === 'addendum' ? t('planActionAddendum') : t('planAction', { number: action });
}
