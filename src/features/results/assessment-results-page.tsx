import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { getAssessment } from '../../db/assessments-repo';
import { getFacility } from '../../db/facilities-repo';
import { localize } from '../../domain/localize';
import {
  SCORING_METHOD_VERSION,
  domainsByGap,
  largestCriterionGaps,
  scoreAssessment,
} from '../../domain/scoring';
import type { AssessmentResult, DomainResult } from '../../domain/scoring';
import type { Assessment, Facility } from '../../schemas/records';
import type { Framework } from '../../schemas/framework';
import { Page } from '../../ui/page';
import { ChartPanel } from './chart-panel';
import { useFormatters } from '../shared/use-formatters';
import type { Formatters } from '../shared/use-formatters';
import { criterionHref, frameworkLabel, lookupFramework } from './framework-lookup';
import type { FrameworkLookup } from './framework-lookup';
import { LazyBarChart, LazyRadarChart } from './lazy-charts';
import { useFrameworks } from '../shared/use-frameworks';

/** How many criterion gaps the list shows. */
const TOP_GAPS = 10;

export function AssessmentResultsPage() {
  const { assessmentId = '' } = useParams();
  const { t } = useTranslation('results');
  const data = useLiveQuery(async () => {
    const assessment = await getAssessment(assessmentId);
    const facility = assessment ? await getFacility(assessment.facilityId) : undefined;
    return { assessment, facility };
  }, [assessmentId]);
  const refs = useMemo(
    () => (data === undefined ? undefined : data.assessment ? [data.assessment] : []),
    [data],
  );
  const frameworks = useFrameworks(refs);

  if (data === undefined || frameworks.loading) {
    return (
      <Page title={t('title')}>
        <p role="status">{t('loading')}</p>
      </Page>
    );
  }
  const { assessment, facility } = data;
  if (!assessment) {
    return (
      <Page title={t('round.notFoundTitle')}>
        <p>{t('round.notFound')}</p>
        <p>
          <Link to="/resultaten">{t('backToOverview')}</Link>
        </p>
      </Page>
    );
  }
  const framework = frameworks.get(assessment);
  if (!framework) {
    return (
      <Page title={t('round.title', { period: assessment.periodLabel })}>
        <p className="error-box" role="alert">
          {t('frameworkMissing', {
            id: assessment.frameworkId,
            version: assessment.frameworkVersion,
          })}
        </p>
        <p>
          <Link to="/kader">{t('frameworkMissingLink')}</Link>
        </p>
      </Page>
    );
  }
  return <RoundResults assessment={assessment} facility={facility} framework={framework} />;
}

interface RoundResultsProps {
  assessment: Assessment;
  facility: Facility | undefined;
  framework: Framework;
}

function RoundResults({ assessment, facility, framework }: RoundResultsProps) {
  const { t, i18n } = useTranslation(['results', 'exchange']);
  const lang = i18n.language;
  const f = useFormatters();
  const result = useMemo(
    () => scoreAssessment(framework, assessment.answers),
    [framework, assessment.answers],
  );
  const lookup = useMemo(() => lookupFramework(framework), [framework]);
  const facilityName = facility?.name ?? t('unknownFacility');
  const { overall } = result;

  return (
    <Page
      title={t('round.title', { period: assessment.periodLabel })}
      lead={t('round.lead', { facility: facilityName, framework: frameworkLabel(framework, lang) })}
      actions={
        <>
          <Link className="button" to={`/zelfevaluatie/ronde/${encodeURIComponent(assessment.id)}`}>
            {t('round.toAssessment')}
          </Link>
          <Link
            className="button"
            to={`/resultaten/trend/${encodeURIComponent(assessment.facilityId)}`}
          >
            {t('round.toTrend')}
          </Link>
        </>
      }
    >
      <p className="no-print">
        <Link to="/resultaten">{t('backToOverview')}</Link> ·{' '}
        <Link to="/resultaten/scoreregels">{t('rulesLink')}</Link>
      </p>

      {assessment.imported ? (
        <p className="notice">
          <span className="badge">{t('exchange:marker.imported')}</span>{' '}
          {t('exchange:marker.importedFrom', {
            code: assessment.imported.facilityCode,
            date: f.date(assessment.imported.importedAt),
          })}
        </p>
      ) : null}
      {assessment.status === 'concept' ? <p className="notice">{t('round.conceptNote')}</p> : null}
      {assessment.scoringMethodVersion !== SCORING_METHOD_VERSION ? (
        <p className="notice">
          {t('round.methodMismatch', {
            stored: assessment.scoringMethodVersion,
            current: SCORING_METHOD_VERSION,
          })}
        </p>
      ) : null}
      {overall.completeness.invalid > 0 ? (
        <p className="notice">
          {t('round.invalidAnswers', { count: overall.completeness.invalid })}
        </p>
      ) : null}

      <KeyFigures assessment={assessment} framework={framework} result={result} f={f} />
      <DomainTable assessmentId={assessment.id} framework={framework} result={result} f={f} />
      <DomainCharts framework={framework} result={result} f={f} />
      <CriterionGaps assessment={assessment} result={result} lookup={lookup} f={f} />
      <ToDiscuss assessment={assessment} lookup={lookup} />
      <NotApplicable assessment={assessment} result={result} lookup={lookup} />
    </Page>
  );
}

function KeyFigures({
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
  const items: { id: string; label: string; value: ReactNode; detail?: string }[] = [
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
      ...(overall.gap === null ? {} : { detail: t('figures.gapUnit') }),
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

export function StatusBadge({ status }: { status: Assessment['status'] }) {
  const { t } = useTranslation('results');
  return (
    <span className={`badge ${status === 'afgerond' ? 'done' : 'concept'}`}>
      {t(`status.${status}`)}
    </span>
  );
}

function domainTitle(framework: Framework, domainId: string, lang: string): string {
  const domain = framework.domains.find((d) => d.id === domainId);
  return domain ? localize(domain.title, lang) : domainId;
}

function DomainTable({
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
  return (
    <section aria-labelledby="domains-title">
      <h2 id="domains-title">{t('domains.title')}</h2>
      <div className="table-scroll">
        <table className="data domain-table">
          <caption>{t('domains.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.code')}</th>
              <th scope="col">{t('columns.domain')}</th>
              <th scope="col" className="num">
                {t('columns.score')}
              </th>
              <th scope="col" className="num">
                {t('columns.target')}
              </th>
              <th scope="col" className="num">
                {t('columns.gapPoints')}
              </th>
              <th scope="col" className="num">
                {t('columns.atNorm')}
              </th>
              <th scope="col" className="num">
                {t('columns.completeness')}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.domains.map((d) => {
              const domain = framework.domains.find((x) => x.id === d.domainId);
              const first = domain?.criteria[0];
              const title = domainTitle(framework, d.domainId, lang);
              const c = d.completeness;
              return (
                <tr key={d.domainId}>
                  <td>{d.code}</td>
                  <th scope="row">
                    {first ? (
                      <Link to={criterionHref(assessmentId, first.id)}>{title}</Link>
                    ) : (
                      title
                    )}
                  </th>
                  <td className="num">{scoreOrNone(d.score)}</td>
                  <td className="num">{scoreOrNone(d.target)}</td>
                  <td className="num">{d.gap === null ? <NoScore /> : f.points(d.gap)}</td>
                  <td className="num">{scoreOrNone(d.pctAtOrAboveNorm)}</td>
                  <td className="num">
                    {t('domains.completenessValue', {
                      done: c.answered + c.notApplicable,
                      total: c.total,
                      pct: f.ratio(c.ratio),
                    })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function NoScore() {
  const { t } = useTranslation('results');
  return <span className="muted">{t('noScore')}</span>;
}

function describeExtremes(
  domains: readonly DomainResult[],
  f: Formatters,
): { lowest: string; highest: string } | null {
  const scored = domains.filter((d) => d.score !== null);
  if (scored.length === 0) return null;
  const byScore = [...scored].sort((a, b) => (a.score ?? 0) - (b.score ?? 0));
  const low = byScore[0];
  const high = byScore[byScore.length - 1];
  if (!low || !high) return null;
  return {
    lowest: `${low.code} (${f.pct(low.score ?? 0)})`,
    highest: `${high.code} (${f.pct(high.score ?? 0)})`,
  };
}

function DomainCharts({
  framework,
  result,
  f,
}: {
  framework: Framework;
  result: AssessmentResult;
  f: Formatters;
}) {
  const { t, i18n } = useTranslation('results');
  const lang = i18n.language;
  const byGap = domainsByGap(result).filter((d) => d.gap !== null);
  const extremes = describeExtremes(result.domains, f);

  if (result.overall.scoredCount === 0) {
    return (
      <section aria-labelledby="charts-title">
        <h2 id="charts-title">{t('charts.title')}</h2>
        <p className="notice">{t('charts.nothingScored')}</p>
      </section>
    );
  }

  const radarSummary = [
    t('charts.radarSummary', { count: result.domains.length }),
    extremes ? t('charts.radarExtremes', extremes) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const barSummary = [
    t('charts.barSummary', { count: byGap.length }),
    byGap
      .slice(0, 3)
      .map((d) => t('charts.barItem', { code: d.code, value: f.points(d.gap ?? 0) }))
      .join('; '),
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <section aria-labelledby="charts-title">
      <h2 id="charts-title">{t('charts.title')}</h2>
      <div className="chart-grid">
        <ChartPanel
          title={t('charts.radarTitle')}
          chart={
            <LazyRadarChart
              data={result.domains.map((d) => ({
                label: d.code,
                current: d.score,
                target: d.target,
              }))}
              seriesLabels={{ current: t('charts.current'), target: t('charts.target') }}
              summary={radarSummary}
              formatValue={f.pct}
            />
          }
          table={
            <table className="data">
              <caption>{t('charts.radarTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('columns.domain')}</th>
                  <th scope="col" className="num">
                    {t('charts.current')}
                  </th>
                  <th scope="col" className="num">
                    {t('charts.target')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.domains.map((d) => (
                  <tr key={d.domainId}>
                    <th scope="row">
                      {d.code} {domainTitle(framework, d.domainId, lang)}
                    </th>
                    <td className="num">{d.score === null ? <NoScore /> : f.pct(d.score)}</td>
                    <td className="num">{d.target === null ? <NoScore /> : f.pct(d.target)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
        <ChartPanel
          title={t('charts.barTitle')}
          chart={
            <LazyBarChart
              data={byGap.map((d) => ({ label: d.code, value: d.gap ?? 0 }))}
              seriesLabel={t('charts.gapSeries')}
              axisLabel={t('charts.gapAxis')}
              summary={barSummary}
              formatValue={f.points}
            />
          }
          table={
            <table className="data">
              <caption>{t('charts.barTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('columns.domain')}</th>
                  <th scope="col" className="num">
                    {t('columns.gapPoints')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {byGap.map((d) => (
                  <tr key={d.domainId}>
                    <th scope="row">
                      {d.code} {domainTitle(framework, d.domainId, lang)}
                    </th>
                    <td className="num">{f.points(d.gap ?? 0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      </div>
    </section>
  );
}

function CriterionGaps({
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
  return (
    <section aria-labelledby="gaps-title">
      <h2 id="gaps-title">{t('gaps.title')}</h2>
      {gaps.length === 0 ? (
        <p>{result.overall.scoredCount === 0 ? t('gaps.nothingScored') : t('gaps.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data gap-table">
            <caption>{t('gaps.caption', { count: gaps.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columns.code')}</th>
                <th scope="col">{t('columns.criterion')}</th>
                <th scope="col">{t('columns.level')}</th>
                <th scope="col">{t('columns.criterionTarget')}</th>
                <th scope="col" className="num">
                  {t('columns.gapLevels')}
                </th>
                <th scope="col" className="num">
                  {t('columns.gapPoints')}
                </th>
                <th scope="col">{t('columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {gaps.map((c) => {
                const entry = lookup.criterion(c.criterionId);
                const title = entry ? localize(entry.criterion.title, lang) : c.criterionId;
                const actions = assessment.answers[c.criterionId]?.actions ?? [];
                return (
                  <tr key={c.criterionId}>
                    <td>{c.code}</td>
                    <th scope="row">
                      <Link to={criterionHref(assessment.id, c.criterionId)}>{title}</Link>
                    </th>
                    <td>
                      {c.level === null ? '' : lookup.levelText(c.criterionId, c.level, lang)}
                    </td>
                    <td>
                      {lookup.levelText(c.criterionId, c.target, lang)}
                      {c.targetSource === 'answer' ? (
                        <span className="muted"> ({t('gaps.ownTarget')})</span>
                      ) : null}
                    </td>
                    <td className="num">{f.num(c.gap ?? 0)}</td>
                    <td className="num">{f.points(c.normalisedGap ?? 0)}</td>
                    <td>
                      {actions.length === 0 ? (
                        <span className="muted">{t('gaps.noActions')}</span>
                      ) : (
                        <ul className="action-list">
                          {actions.map((a) => (
                            <li key={a.id}>
                              <span className="action-what">{a.what}</span>
                              <span className="action-meta">
                                {[
                                  a.responsibleRole
                                    ? t('gaps.actionRole', { role: a.responsibleRole })
                                    : '',
                                  a.dueDate
                                    ? t('gaps.actionDue', { date: f.date(a.dueDate) })
                                    : t('gaps.actionNoDue'),
                                  t(`actionStatus.${a.status}`),
                                ]
                                  .filter(Boolean)
                                  .join(' · ')}
                              </span>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ToDiscuss({ assessment, lookup }: { assessment: Assessment; lookup: FrameworkLookup }) {
  const { t, i18n } = useTranslation('results');
  const lang = i18n.language;
  const flagged = Object.entries(assessment.answers)
    .filter(([, answer]) => answer.toDiscuss)
    .map(([id]) => lookup.criterion(id))
    .filter((entry) => entry !== undefined);
  return (
    <section aria-labelledby="discuss-title">
      <h2 id="discuss-title">{t('discuss.title')}</h2>
      {flagged.length === 0 ? (
        <p>{t('discuss.none')}</p>
      ) : (
        <ul>
          {flagged.map(({ criterion }) => (
            <li key={criterion.id}>
              <Link to={criterionHref(assessment.id, criterion.id)}>
                {criterion.code} {localize(criterion.title, lang)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function NotApplicable({
  assessment,
  result,
  lookup,
}: {
  assessment: Assessment;
  result: AssessmentResult;
  lookup: FrameworkLookup;
}) {
  const { t, i18n } = useTranslation('results');
  const lang = i18n.language;
  const na = result.domains.flatMap((d) => d.criteria).filter((c) => c.status === 'not-applicable');
  return (
    <section aria-labelledby="na-title">
      <h2 id="na-title">{t('na.title')}</h2>
      {na.length === 0 ? (
        <p>{t('na.none')}</p>
      ) : (
        <table className="data">
          <caption>{t('na.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.code')}</th>
              <th scope="col">{t('columns.criterion')}</th>
              <th scope="col">{t('columns.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {na.map((c) => {
              const entry = lookup.criterion(c.criterionId);
              const reason = assessment.answers[c.criterionId]?.naReason.trim() ?? '';
              return (
                <tr key={c.criterionId}>
                  <td>{c.code}</td>
                  <th scope="row">
                    <Link to={criterionHref(assessment.id, c.criterionId)}>
                      {entry ? localize(entry.criterion.title, lang) : c.criterionId}
                    </Link>
                  </th>
                  <td>
                    {reason === '' ? <span className="muted">{t('na.noReason')}</span> : reason}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
