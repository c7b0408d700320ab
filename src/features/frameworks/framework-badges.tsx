import { useTranslation } from 'react-i18next';
import type { FrameworkStatus, ReferenceKindType } from '../../schemas/framework';

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

/**
 * Label of a reference: "Actie 2.7" / "Addendum" for plan actions of an action plan, the
 * reference itself ("art. 458bis Sw.", "Standaard 4") for any other kind.
 */
export function useReferenceLabel(): (type: ReferenceKindType, ref: string) => string {
  const { t } = useTranslation('framework');
  return (type, ref) => {
    if (type !== 'plan-action') return ref;
    return ref === 'addendum' ? t('planActionAddendum') : t('planAction', { number: ref });
  };
}
