import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { listAssessments } from '../../db/assessments-repo';
import { getFacility } from '../../db/facilities-repo';
import { localize } from '../../domain/localize';
import { compareSemver } from '../../domain/semver';
import { scoreAssessment } from '../../domain/scoring';
import type { AssessmentResult } from '../../domain/scoring';
import { buildTrend } from '../../domain/trend';
import { trendAcrossVersions, type AcrossTrend } from '../../domain/trend-across';
import type { TrendGroup, TrendRoundInput } from '../../domain/trend';
import type { Framework } from '../../schemas/framework';
import type { Assessment } from '../../schemas/records';
import { Page } from '../../ui/page';
import { ChartPanel } from './chart-panel';
import { useFormatters } from '../shared/use-formatters';
import { frameworkLabel } from './framework-lookup';
import { LazyLineChart } from './lazy-charts';
import { Difference } from './result-bits';
import { useFrameworks } from '../shared/use-frameworks';
import { TrendAcrossVersions } from './trend-across-versions';

/** Percentage points from one round to the next; unknown when either has no score. */
function changeBetween(before: number | null, after: number | null): number | null {
  return before === null || after === null ? null : after - before;
}

/** The date a round stands for: when it was finalised, else its last change. */
function roundDate(a: Assessment): string {
  return a.finalisedAt ?? a.updatedAt;
}

export function TrendPage() {
  const { facilityId = '' } = useParams();
  const { t, i18n } = useTranslation('results');
  const lang = i18n.language;
  const data = useLiveQuery(async () => {
    const [facility, assessments] = await Promise.all([
      getFacility(facilityId),
      listAssessments(facilityId),
    ]);
    return { facility, assessments };
  }, [facilityId]);
  const frameworks = useFrameworks(data?.assessments);

  const trend = useMemo(() => {
    if (!data || frameworks.loading) return undefined;
    const inputs: TrendRoundInput[] = [];
    const results = new Map<string, AssessmentResult>();
    const byGroup = new Map<string, Framework>();
    const missing: Assessment[] = [];
    for (const a of data.assessments) {
      const framework = frameworks.get(a);
      if (!framework) {
        missing.push(a);
        continue;
      }
      const result = scoreAssessment(framework, a.answers);
      results.set(a.id, result);
      byGroup.set(`${a.frameworkId}@${a.frameworkVersion}`, framework);
      inputs.push({
        assessmentId: a.id,
        label: a.periodLabel,
        date: roundDate(a),
        frameworkId: a.frameworkId,
        frameworkVersion: a.frameworkVersion,
        result,
      });
    }
    // Per framework id with rounds on more than one version: lines across the version breaks.
    const across: { frameworkId: string; trend: AcrossTrend; versions: Map<string, Framework> }[] =
      [];
    for (const frameworkId of new Set(inputs.map((i) => i.frameworkId))) {
      const own = inputs.filter((i) => i.frameworkId === frameworkId);
      const versions = new Map<string, Framework>();
      for (const framework of byGroup.values()) {
        if (framework.id === frameworkId) versions.set(framework.version, framework);
      }
      if (versions.size < 2) continue;
      // Only where a newer version builds on an earlier one; otherwise the groups below say it all.
      const lines = trendAcrossVersions(own, versions);
      if (lines.breaks.some((b) => b.linked)) across.push({ frameworkId, trend: lines, versions });
    }
    return { trend: buildTrend(inputs), results, frameworks: byGroup, missing, across };
  }, [data, frameworks]);

  if (!data || !trend) {
    return (
      <Page title={t('title')}>
        <p role="status">{t('loading')}</p>
      </Page>
    );
  }
  const name = data.facility?.name ?? t('unknownFacility');
  const groups = trend.trend.groups;

  return (
    <Page title={t('trend.title', { facility: name })} lead={t('trend.lead')}>
      <p className="no-print">
        <Link to="/resultaten">{t('backToOverview')}</Link> ·{' '}
        <Link to="/resultaten/scoreregels">{t('rulesLink')}</Link>
      </p>
      {data.assessments.length === 0 ? (
        <p className="notice">
          {t('trend.empty')} <Link to="/zelfevaluatie">{t('index.emptyLink')}</Link>
        </p>
      ) : null}
      {trend.missing.length > 0 ? (
        <div className="notice">
          <p>{t('trend.missingFrameworks', { count: trend.missing.length })}</p>
          <ul>
            {trend.missing.map((a) => (
              <li key={a.id}>
                {a.periodLabel}: {a.frameworkId} v{a.frameworkVersion}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {groups.length > 1 ? <p className="notice">{t('trend.versionsApart')}</p> : null}
      {trend.across.map((entry) => {
        const newest = [...entry.versions.values()].sort((a, b) =>
          compareSemver(b.version, a.version),
        )[0];
        return newest ? (
          <TrendAcrossVersions
            key={entry.frameworkId}
            trend={entry.trend}
            frameworks={entry.versions}
            title={localize(newest.title, lang)}
          />
        ) : null;
      })}
      {groups.map((group) => {
        const framework = trend.frameworks.get(group.key);
        if (!framework) return null;
        return (
          <TrendGroupView
            key={group.key}
            group={group}
            title={frameworkLabel(framework, lang)}
            framework={framework}
            results={trend.results}
          />
        );
      })}
    </Page>
  );
}

function TrendGroupView({
  group,
  title,
  framework,
  results,
}: {
  group: TrendGroup;
  title: string;
  framework: Framework;
  results: ReadonlyMap<string, AssessmentResult>;
}) {
  const { t, i18n } = useTranslation('results');
  const lang = i18n.language;
  const f = useFormatters();
  const headingId = `group-${group.key.replace(/[^a-zA-Z0-9-]/g, '-')}`;
  const domainTitle = (domainId: string) => {
    const domain = framework.domains.find((d) => d.id === domainId);
    return domain ? localize(domain.title, lang) : domainId;
  };
  const targetOf = (assessmentId: string) => results.get(assessmentId)?.overall.target ?? null;

  const scored = group.overall.filter((p) => p.score !== null);
  const first = scored[0];
  const last = scored[scored.length - 1];
  const summary = [
    t('trend.lineSummary', { count: group.overall.length }),
    first && last && first !== last
      ? t('trend.lineFromTo', {
          from: f.pct(first.score ?? 0),
          fromLabel: first.label,
          to: f.pct(last.score ?? 0),
          toLabel: last.label,
        })
      : last
        ? t('trend.lineSingle', { value: f.pct(last.score ?? 0), label: last.label })
        : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <section className="trend-group" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="muted">{t('trend.groupRounds', { count: group.rounds.length })}</p>

      <ChartPanel
        title={t('trend.lineTitle')}
        chart={
          <LazyLineChart
            data={group.overall.map((p) => ({
              label: p.label,
              value: p.score,
              reference: targetOf(p.assessmentId),
            }))}
            seriesLabels={{ value: t('trend.overallSeries'), reference: t('charts.target') }}
            summary={summary}
            formatValue={f.pct}
          />
        }
        table={
          <table className="data">
            <caption>{t('trend.lineTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columns.round')}</th>
                <th scope="col">{t('columns.date')}</th>
                <th scope="col" className="num">
                  {t('trend.overallSeries')}
                </th>
                <th scope="col" className="num">
                  {t('charts.target')}
                </th>
                <th scope="col" className="num">
                  {t('columns.completeness')}
                </th>
                <th scope="col" className="num">
                  {t('columns.difference')}
                </th>
              </tr>
            </thead>
            <tbody>
              {group.overall.map((p, index) => {
                const target = targetOf(p.assessmentId);
                const before = index > 0 ? group.overall[index - 1] : undefined;
                return (
                  <tr key={p.assessmentId}>
                    <th scope="row">
                      <Link to={`/resultaten/ronde/${encodeURIComponent(p.assessmentId)}`}>
                        {p.label}
                      </Link>
                    </th>
                    <td>{f.date(p.date)}</td>
                    <td className="num">{p.score === null ? t('noScore') : f.pct(p.score)}</td>
                    <td className="num">{target === null ? t('noScore') : f.pct(target)}</td>
                    <td className="num">{f.ratio(p.completeness)}</td>
                    <td className="num">
                      {before ? (
                        <Difference
                          change={changeBetween(before.score, p.score)}
                          format={f.signedPoints}
                        />
                      ) : (
                        '–'
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        }
      />

      <h3>{t('trend.domainsTitle')}</h3>
      <div
        className="table-scroll"
        role="region"
        aria-labelledby={`${headingId}-domains-caption`}
        tabIndex={0}
      >
        <table className="data trend-domain-table">
          <caption id={`${headingId}-domains-caption`}>
            {t('trend.domainsCaption', { framework: title })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.domain')}</th>
              {group.rounds.map((r) => (
                <th key={r.assessmentId} scope="col" className="num">
                  {r.label} <span className="round-date">{f.date(r.date)}</span>
                </th>
              ))}
              {group.rounds.length > 1 ? (
                <th scope="col" className="num">
                  {t('columns.difference')}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {group.domains.map((d) => (
              <tr key={d.domainId}>
                <th scope="row">
                  {d.code} {domainTitle(d.domainId)}
                </th>
                {d.points.map((p) => (
                  <td key={p.assessmentId} className="num">
                    {p.score === null ? (
                      <span className="muted">{t('noScore')}</span>
                    ) : (
                      f.pct(p.score)
                    )}
                  </td>
                ))}
                {d.points.length > 1 ? (
                  <td className="num">
                    <Difference
                      change={changeBetween(
                        d.points[d.points.length - 2]?.score ?? null,
                        d.points[d.points.length - 1]?.score ?? null,
                      )}
                      format={f.signedPoints}
                    />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="row">
        <section className="grow" aria-labelledby={`${headingId}-improved`}>
          <h3 id={`${headingId}-improved`}>{t('trend.mostImproved')}</h3>
          {group.mostImproved.length === 0 ? (
            <p>{group.rounds.length < 2 ? t('trend.needTwoRounds') : t('trend.noneImproved')}</p>
          ) : (
            <ul>
              {group.mostImproved.map((d) => (
                <li key={d.domainId}>
                  <strong>
                    {d.code} {domainTitle(d.domainId)}
                  </strong>
                  :{' '}
                  {t('trend.improvedBy', {
                    change: f.signedPoints(d.change),
                    from: f.pct(d.from),
                    to: f.pct(d.to),
                  })}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="grow" aria-labelledby={`${headingId}-concern`}>
          <h3 id={`${headingId}-concern`}>{t('trend.concerns')}</h3>
          {group.areasOfConcern.length === 0 ? (
            <p>{t('trend.noConcerns')}</p>
          ) : (
            <ul>
              {group.areasOfConcern.map((d) => (
                <li key={d.domainId}>
                  <strong>
                    {d.code} {domainTitle(d.domainId)}
                  </strong>
                  :{' '}
                  {d.reason === 'dropped'
                    ? t('trend.reasonDropped', {
                        change: f.points(Math.abs(d.change ?? 0)),
                        from: f.pct(d.previousScore ?? 0),
                        to: f.pct(d.score ?? 0),
                      })
                    : t('trend.reasonGap', { gap: f.points(d.gap ?? 0) })}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </section>
  );
}
