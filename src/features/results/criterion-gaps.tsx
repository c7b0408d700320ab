import { useTranslation } from 'react-i18next';
import { largestCriterionGaps } from '../../domain/scoring';
import type { AssessmentResult, CriterionResult } from '../../domain/scoring';
import type { Assessment, ImprovementAction } from '../../schemas/records';
import { DataTable, type Column } from './data-table';
import type { Formatters } from '../shared/use-formatters';
import { criterionColumns } from './criterion-columns';
import type { FrameworkLookup } from './framework-lookup';
import { GapNote } from './result-bits';

/** How many criterion gaps the list shows. */
const TOP_GAPS = 10;

function ActionList({ actions, f }: { actions: readonly ImprovementAction[]; f: Formatters }) {
  const { t } = useTranslation('results');
  if (actions.length === 0) return <span className="muted">{t('gaps.noActions')}</span>;
  return (
    <ul className="action-list">
      {actions.map((a) => (
        <li key={a.id}>
          <span className="action-what">{a.what}</span>
          <span className="action-meta">
            {[
              a.responsibleRole ? t('gaps.actionRole', { role: a.responsibleRole }) : '',
              a.dueDate ? t('gaps.actionDue', { date: f.date(a.dueDate) }) : t('gaps.actionNoDue'),
              t(`actionStatus.${a.status}`),
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The criteria furthest below their target, with the actions planned for each. */
export function CriterionGaps({
  assessment,
  result,
  lookup,
  f,
}: {
  assessment: Assessment;
  result: AssessmentResult;
  lookup: FrameworkLookup;
  f: Formatters;
}) {
  const { t, i18n } = useTranslation('results');
  const lang = i18n.language;
  const gaps = largestCriterionGaps(result, TOP_GAPS);
  const columns: Column<CriterionResult>[] = [
    ...criterionColumns(assessment.id, lookup, t, lang),
    {
      id: 'level',
      header: t('columns.level'),
      cell: (c) => (c.level === null ? '' : lookup.levelText(c.criterionId, c.level, lang)),
    },
    {
      id: 'target',
      header: t('columns.criterionTarget'),
      cell: (c) => (
        <>
          {lookup.levelText(c.criterionId, c.target, lang)}
          {c.targetSource === 'answer' ? (
            <span className="muted"> ({t('gaps.ownTarget')})</span>
          ) : null}
        </>
      ),
    },
    { id: 'gapLevels', header: t('columns.gapLevels'), num: true, cell: (c) => f.num(c.gap ?? 0) },
    {
      id: 'gapPoints',
      header: t('columns.gapPoints'),
      num: true,
      cell: (c) => f.points(c.normalisedGap ?? 0),
    },
    {
      id: 'actions',
      header: t('columns.actions'),
      cell: (c) => <ActionList actions={assessment.answers[c.criterionId]?.actions ?? []} f={f} />,
    },
  ];
  return (
    <section aria-labelledby="gaps-title">
      <h2 id="gaps-title">{t('gaps.title')}</h2>
      {gaps.length === 0 ? (
        <p>{result.overall.scoredCount === 0 ? t('gaps.nothingScored') : t('gaps.none')}</p>
      ) : (
        <>
          <DataTable
            caption={t('gaps.caption', { count: gaps.length })}
            columns={columns}
            rows={gaps}
            rowKey={(c) => c.criterionId}
            className="gap-table"
          />
          <p className="muted">
            <GapNote />
          </p>
        </>
      )}
    </section>
  );
}
