import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentResult } from '../../domain/scoring';
import type { Framework } from '../../schemas/framework';
import type { Assessment } from '../../schemas/records';
import type { Formatters } from '../shared/use-formatters';
import { frameworkLabel } from './framework-lookup';
import { GapNote, StatusBadge } from './result-bits';

interface Figure {
  id: string;
  label: string;
  value: ReactNode;
  detail?: ReactNode;
}

/** The round in a few numbers, each with what it means. */
export function KeyFigures({
  assessment,
  framework,
  result,
  f,
}: {
  assessment: Assessment;
  framework: Framework;
  result: AssessmentResult;
  f: Formatters;
}) {
  const { t, i18n } = useTranslation('results');
  const { overall } = result;
  const c = overall.completeness;
  const items: Figure[] = [
    {
      id: 'score',
      label: t('figures.score'),
      value: overall.score === null ? t('noScore') : f.pct(overall.score),
    },
    {
      id: 'target',
      label: t('figures.target'),
      value: overall.target === null ? t('noScore') : f.pct(overall.target),
    },
    {
      id: 'gap',
      label: t('figures.gap'),
      value: overall.gap === null ? t('noScore') : f.points(overall.gap),
      detail: (
        <>
          {overall.gap === null ? null : <span>{t('figures.gapUnit')} </span>}
          <GapNote />
        </>
      ),
    },
    {
      id: 'completeness',
      label: t('figures.completeness'),
      value: f.ratio(c.ratio),
      detail: t('figures.completenessValue', {
        done: c.answered + c.notApplicable,
        total: c.total,
      }),
    },
    {
      id: 'norm',
      label: t('figures.atNorm'),
      value: overall.pctAtOrAboveNorm === null ? t('noScore') : f.pct(overall.pctAtOrAboveNorm),
      ...(overall.pctAtOrAboveNorm === null
        ? {}
        : {
            detail: t('figures.atNormValue', {
              count: overall.atOrAboveNormCount,
              scored: overall.scoredCount,
            }),
          }),
    },
    {
      id: 'framework',
      label: t('figures.framework'),
      value: frameworkLabel(framework, i18n.language),
    },
    {
      id: 'method',
      label: t('figures.method'),
      value: t('figures.methodValue', { version: assessment.scoringMethodVersion }),
    },
    { id: 'status', label: t('figures.status'), value: <StatusBadge status={assessment.status} /> },
  ];
  return (
    <section aria-labelledby="key-figures-title">
      <h2 id="key-figures-title">{t('figures.title')}</h2>
      <dl className="key-figures">
        {items.map((item) => (
          <div key={item.id} className={`key-figure key-figure-${item.id}`}>
            <dt>{item.label}</dt>
            <dd>
              <span className="key-figure-value">{item.value}</span>
              {item.detail ? <span className="key-figure-detail"> {item.detail}</span> : null}
            </dd>
          </div>
        ))}
      </dl>
      <p className="muted">{t('figures.note')}</p>
    </section>
  );
}
