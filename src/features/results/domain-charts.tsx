import { useTranslation } from 'react-i18next';
import { domainsByGap } from '../../domain/scoring';
import type { AssessmentResult, DomainResult } from '../../domain/scoring';
import type { Framework } from '../../schemas/framework';
import { ChartPanel } from './chart-panel';
import { DataTable } from './data-table';
import { domainTitle } from './domain-table';
import type { Formatters } from '../shared/use-formatters';
import { LazyBarChart, LazyRadarChart } from './lazy-charts';
import { GapNote, NoScore } from './result-bits';
import { shortName } from './short-name';

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

/** Radar of score against target, and the gaps as bars; each with its table one button away. */
export function DomainCharts({
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
  const title = (d: DomainResult) => domainTitle(framework, d.domainId, lang);
  const named = (d: DomainResult) => `${d.code} ${shortName(title(d))}`;

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
                name: named(d),
                note: d.score === null ? t('noScore') : undefined,
                current: d.score,
                target: d.target,
              }))}
              seriesLabels={{ current: t('charts.current'), target: t('charts.target') }}
              summary={radarSummary}
              formatValue={f.pct}
            />
          }
          table={
            <DataTable
              caption={t('charts.radarTitle')}
              rows={result.domains}
              rowKey={(d) => d.domainId}
              columns={[
                {
                  id: 'domain',
                  header: t('columns.domain'),
                  rowHeader: true,
                  cell: (d) => `${d.code} ${title(d)}`,
                },
                {
                  id: 'current',
                  header: t('charts.current'),
                  num: true,
                  cell: (d) => (d.score === null ? <NoScore /> : f.pct(d.score)),
                },
                {
                  id: 'target',
                  header: t('charts.target'),
                  num: true,
                  cell: (d) => (d.target === null ? <NoScore /> : f.pct(d.target)),
                },
              ]}
            />
          }
        />
        <ChartPanel
          title={t('charts.barTitle')}
          chart={
            <LazyBarChart
              data={byGap.map((d) => ({ label: d.code, name: named(d), value: d.gap ?? 0 }))}
              seriesLabel={t('charts.gapSeries')}
              axisLabel={t('charts.gapAxis')}
              summary={barSummary}
              formatValue={f.points}
            />
          }
          table={
            <DataTable
              caption={t('charts.barTitle')}
              rows={byGap}
              rowKey={(d) => d.domainId}
              columns={[
                {
                  id: 'domain',
                  header: t('columns.domain'),
                  rowHeader: true,
                  cell: (d) => `${d.code} ${title(d)}`,
                },
                {
                  id: 'gap',
                  header: t('columns.gapPoints'),
                  num: true,
                  cell: (d) => f.points(d.gap ?? 0),
                },
              ]}
            />
          }
          note={<GapNote />}
        />
      </div>
    </section>
  );
}
