import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localize } from '../../domain/localize';
import type { AssessmentResult } from '../../domain/scoring';
import type { Assessment } from '../../schemas/records';
import { DataTable } from './data-table';
import { criterionHref } from './framework-lookup';
import type { FrameworkLookup } from './framework-lookup';

/** Criteria marked not applicable, each with the team's reason. */
export function NotApplicable({
  assessment,
  result,
  lookup,
}: {
  assessment: Assessment;
  result: AssessmentResult;
  lookup: FrameworkLookup;
}) {
  const { t, i18n } = useTranslation('results');
  const na = result.domains.flatMap((d) => d.criteria).filter((c) => c.status === 'not-applicable');
  return (
    <section aria-labelledby="na-title">
      <h2 id="na-title">{t('na.title')}</h2>
      {na.length === 0 ? (
        <p>{t('na.none')}</p>
      ) : (
        <DataTable
          caption={t('na.caption')}
          rows={na}
          rowKey={(c) => c.criterionId}
          columns={[
            { id: 'code', header: t('columns.code'), cell: (c) => c.code },
            {
              id: 'criterion',
              header: t('columns.criterion'),
              rowHeader: true,
              cell: (c) => {
                const entry = lookup.criterion(c.criterionId);
                return (
                  <Link to={criterionHref(assessment.id, c.criterionId)}>
                    {entry ? localize(entry.criterion.title, i18n.language) : c.criterionId}
                  </Link>
                );
              },
            },
            {
              id: 'reason',
              header: t('columns.reason'),
              cell: (c) => {
                const reason = assessment.answers[c.criterionId]?.naReason.trim() ?? '';
                return reason === '' ? <span className="muted">{t('na.noReason')}</span> : reason;
              },
            },
          ]}
        />
      )}
    </section>
  );
}
