import { useTranslation } from 'react-i18next';
import type { AssessmentResult } from '../../domain/scoring';
import type { Assessment } from '../../schemas/records';
import { DataTable } from './data-table';
import { criterionColumns } from './criterion-columns';
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
            ...criterionColumns(assessment.id, lookup, t, i18n.language),
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
