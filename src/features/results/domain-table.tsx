import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localize } from '../../domain/localize';
import type { AssessmentResult, DomainResult } from '../../domain/scoring';
import type { Framework } from '../../schemas/framework';
import { DataTable, type Column } from './data-table';
import type { Formatters } from '../shared/use-formatters';
import { criterionHref } from './framework-lookup';
import { GapNote, NoScore } from './result-bits';

export function domainTitle(framework: Framework, domainId: string, lang: string): string {
  const domain = framework.domains.find((d) => d.id === domainId);
  return domain ? localize(domain.title, lang) : domainId;
}

/** Score, target, gap, norm and completeness per domain; each domain links to its criteria. */
export function DomainTable({
  assessmentId,
  framework,
  result,
  f,
}: {
  assessmentId: string;
  framework: Framework;
  result: AssessmentResult;
  f: Formatters;
}) {
  const { t, i18n } = useTranslation('results');
  const lang = i18n.language;
  const scoreOrNone = (v: number | null) => (v === null ? <NoScore /> : f.pct(v));
  const columns: Column<DomainResult>[] = [
    { id: 'code', header: t('columns.code'), cell: (d) => d.code },
    {
      id: 'domain',
      header: t('columns.domain'),
      rowHeader: true,
      cell: (d) => {
        const first = framework.domains.find((x) => x.id === d.domainId)?.criteria[0];
        const title = domainTitle(framework, d.domainId, lang);
        return first ? <Link to={criterionHref(assessmentId, first.id)}>{title}</Link> : title;
      },
    },
    { id: 'score', header: t('columns.score'), num: true, cell: (d) => scoreOrNone(d.score) },
    { id: 'target', header: t('columns.target'), num: true, cell: (d) => scoreOrNone(d.target) },
    {
      id: 'gap',
      header: t('columns.gapPoints'),
      num: true,
      cell: (d) => (d.gap === null ? <NoScore /> : f.points(d.gap)),
    },
    {
      id: 'norm',
      header: t('columns.atNorm'),
      num: true,
      cell: (d) => scoreOrNone(d.pctAtOrAboveNorm),
    },
    {
      id: 'completeness',
      header: t('columns.completeness'),
      num: true,
      cell: (d) =>
        t('domains.completenessValue', {
          done: d.completeness.answered + d.completeness.notApplicable,
          total: d.completeness.total,
          pct: f.ratio(d.completeness.ratio),
        }),
    },
  ];
  return (
    <section aria-labelledby="domains-title">
      <h2 id="domains-title">{t('domains.title')}</h2>
      <DataTable
        caption={t('domains.caption')}
        columns={columns}
        rows={result.domains}
        rowKey={(d) => d.domainId}
        className="domain-table"
      />
      <p className="muted">
        <GapNote />
      </p>
    </section>
  );
}
