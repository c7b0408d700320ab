import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  sideBySide,
  SIDE_BY_SIDE_MAX,
  SIDE_BY_SIDE_MIN,
  type CriterionDistribution,
  type HeatRow,
  type RankEntry,
  type Stats,
} from '../../../domain/compare';
import { localize } from '../../../domain/localize';
import { useCompareStore } from '../../../store/compare-store';
import { useFormatters } from '../../shared/use-formatters';
import { ChartPanel } from './chart-panel';
import { DistributionChart } from '../../../ui/charts/distribution-chart';
import { PlainBarChart } from '../../../ui/charts/plain-bar-chart';
import { PlainLineChart } from '../../../ui/charts/plain-line-chart';
import { LazyGroupedBarChart } from './lazy-charts';
import { PAGE_SIZE, Pager, usePaged } from './pager';
import { SortableTable, type SortColumn } from './sortable-table';
import type { Comparison } from './use-comparison';

interface ViewProps {
  comparison: Comparison;
}

/** Five light colour steps (black text stays readable on each); the number is always printed. */
function heatClass(score: number | null): string {
  if (score === null) return 'heat-none';
  return `heat-${Math.min(4, Math.floor(score / 20))}`;
}

function useDomainNames(comparison: Comparison) {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const d of comparison.framework.domains) {
      names.set(d.id, localize(d.title, i18n.language));
      for (const c of d.criteria) names.set(c.id, localize(c.title, i18n.language));
    }
    return names;
  }, [comparison.framework, i18n.language]);
}

// ---------------------------------------------------------------------------------------------

export function HeatmapView({ comparison }: ViewProps) {
  const { t } = useTranslation('compare');
  const f = useFormatters();
  const names = useDomainNames(comparison);
  const domains = comparison.framework.domains;
  const rowName = comparison.rowLabel;
  const paged = usePaged(comparison.heat);
  const cellText = (score: number | null) => (score === null ? t('noScore') : f.pct(score));

  const columns: SortColumn<HeatRow>[] = [
    {
      id: 'facility',
      header: t('col.facility'),
      rowHeader: true,
      cell: rowName,
      sortValue: rowName,
    },
    {
      id: 'overall',
      header: t('col.overall'),
      num: true,
      cell: (r) => (r.overall === null ? t('noScore') : f.pct(r.overall)),
      sortValue: (r) => r.overall,
    },
    {
      id: 'completeness',
      header: t('col.completeness'),
      num: true,
      cell: (r) => (
        <>
          {f.ratio(r.completeness)}
          {r.lowCompleteness ? <span className="low-mark"> {t('lowMark')}</span> : null}
        </>
      ),
      sortValue: (r) => r.completeness,
    },
    ...domains.map((d, i): SortColumn<HeatRow> => ({
      id: d.id,
      header: d.code,
      num: true,
      cell: (r) => {
        const cell = r.cells[i]!;
        return (
          <>
            {cellText(cell.score)}
            {cell.lowCompleteness ? <span className="low-mark"> {t('lowMark')}</span> : null}
          </>
        );
      },
      sortValue: (r) => r.cells[i]?.score ?? null,
    })),
  ];

  const grid = (
    <div className="table-scroll" role="region" aria-label={t('heatmap.gridLabel')} tabIndex={0}>
      <table className="heatmap">
        <caption>{t('heatmap.caption', { count: comparison.heat.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.facility')}</th>
            {domains.map((d) => (
              <th key={d.id} scope="col">
                <abbr title={names.get(d.id)}>{d.code}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {paged.pageRows.map((row) => (
            <tr key={row.roundId}>
              <th scope="row">
                {rowName(row)}
                <span className="heat-sub">
                  {row.overall === null ? t('noScore') : f.pct(row.overall)} ·{' '}
                  {t('completenessShort', { value: f.ratio(row.completeness) })}
                </span>
              </th>
              {row.cells.map((cell) => (
                <td
                  key={cell.domainId}
                  className={`${heatClass(cell.score)}${cell.lowCompleteness ? ' heat-low' : ''}`}
                  title={t('heatmap.cellTitle', {
                    facility: rowName(row),
                    domain: names.get(cell.domainId),
                    score: cellText(cell.score),
                    completeness: f.ratio(cell.completeness),
                  })}
                >
                  {cell.score === null ? '–' : f.points(cell.score)}
                  {cell.lowCompleteness ? <span className="low-mark">{t('lowMark')}</span> : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  return (
    <ChartPanel
      title={t('views.heatmap')}
      chart={
        <>
          {grid}
          <Pager paged={paged} label={t('pager.label', { table: t('views.heatmap') })} />
        </>
      }
      table={
        <SortableTable
          caption={t('heatmap.tableCaption')}
          columns={columns}
          rows={comparison.heat}
          rowKey={(r) => r.roundId}
          pageSize={PAGE_SIZE}
        />
      }
      note={t('heatmap.note')}
    />
  );
}

// ---------------------------------------------------------------------------------------------

export function RankingView({ comparison }: ViewProps) {
  const { t } = useTranslation('compare');
  const f = useFormatters();
  const { ranked, apart } = comparison.ranking;
  // A bar per facility: 500 bars are neither quick to draw nor readable, so a page at a time.
  const chartPage = usePaged(ranked);
  const columns = (withRank: boolean): SortColumn<RankEntry>[] => [
    ...(withRank
      ? [
          {
            id: 'rank',
            header: t('col.rank'),
            num: true,
            cell: (r: RankEntry) => (r.tied ? t('tiedRank', { rank: r.rank }) : String(r.rank)),
            sortValue: (r: RankEntry) => r.rank,
          },
        ]
      : []),
    {
      id: 'facility',
      header: t('col.facility'),
      rowHeader: true,
      cell: (r) => comparison.rowLabel(r),
      sortValue: (r) => comparison.rowLabel(r),
    },
    {
      id: 'code',
      header: t('col.code'),
      cell: (r) => comparison.code(r.facilityId) || '—',
      sortValue: (r) => comparison.code(r.facilityId),
    },
    {
      id: 'score',
      header: t('col.overall'),
      num: true,
      cell: (r) => (r.score === null ? t('noScore') : f.pct(r.score)),
      sortValue: (r) => r.score,
    },
    {
      id: 'completeness',
      header: t('col.completeness'),
      num: true,
      cell: (r) => f.ratio(r.completeness),
      sortValue: (r) => r.completeness,
    },
    {
      id: 'norm',
      header: t('col.atNorm'),
      num: true,
      cell: (r) => (r.pctAtOrAboveNorm === null ? t('noScore') : f.pct(r.pctAtOrAboveNorm)),
      sortValue: (r) => r.pctAtOrAboveNorm,
    },
  ];
  return (
    <>
      <ChartPanel
        title={t('views.rangschikking')}
        chart={
          ranked.length === 0 ? (
            <p className="notice">{t('ranking.none')}</p>
          ) : (
            <>
              <PlainBarChart
                data={chartPage.pageRows.map((r) => ({
                  label: `${r.rank}. ${comparison.rowLabel(r)}`,
                  value: r.score ?? 0,
                }))}
                seriesLabel={t('col.overall')}
                axisLabel={t('col.overall')}
                summary={t('ranking.summary', {
                  count: ranked.length,
                  best: ranked[0] ? comparison.rowLabel(ranked[0]) : '',
                })}
                formatValue={f.pct}
              />
              <Pager
                paged={chartPage}
                label={t('pager.label', { table: t('views.rangschikking') })}
              />
            </>
          )
        }
        table={
          <SortableTable
            caption={t('ranking.caption')}
            columns={columns(true)}
            rows={ranked}
            rowKey={(r) => r.roundId}
            pageSize={PAGE_SIZE}
          />
        }
        note={
          comparison.filter.latestOnly
            ? t('ranking.note')
            : `${t('ranking.note')} ${t('ranking.perRound')}`
        }
      />
      <section aria-labelledby="apart-heading">
        <h2 id="apart-heading">{t('ranking.apartHeading', { count: apart.length })}</h2>
        <p>{t('ranking.apartIntro')}</p>
        {apart.length > 0 ? (
          <SortableTable
            caption={t('ranking.apartCaption')}
            columns={columns(false)}
            rows={apart}
            rowKey={(r) => r.roundId}
            pageSize={PAGE_SIZE}
          />
        ) : null}
      </section>
    </>
  );
}

// ---------------------------------------------------------------------------------------------

function FacilityPicker({ comparison }: ViewProps) {
  const { t } = useTranslation('compare');
  const id = useId();
  const marked = useCompareStore((s) => s.marked);
  const setMarked = useCompareStore((s) => s.setMarked);
  const ids = [...new Set(comparison.scored.map((s) => s.facility.id))];
  return (
    <div className="field">
      <label htmlFor={id}>{t('distribution.mark')}</label>
      <select id={id} value={marked ?? ''} onChange={(e) => setMarked(e.target.value || null)}>
        <option value="">{t('distribution.markNone')}</option>
        {ids.map((fid) => (
          <option key={fid} value={fid}>
            {comparison.label(fid)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function DistributionView({ comparison }: ViewProps) {
  const { t } = useTranslation('compare');
  const f = useFormatters();
  const names = useDomainNames(comparison);
  const marked = useCompareStore((s) => s.marked);
  const domainSelectId = useId();
  const [domainId, setDomainId] = useState(comparison.framework.domains[0]?.id ?? '');
  const markedRound = marked
    ? comparison.scored.filter((s) => s.facility.id === marked).at(-1)
    : undefined;

  type DomainRow = (typeof comparison.dist.domains)[number] & { markedScore: number | null };
  const domainRows: DomainRow[] = comparison.dist.domains.map((d, i) => ({
    ...d,
    markedScore: markedRound?.result.domains[i]?.score ?? null,
  }));
  const statCols = <R extends { stats: Stats | null }>(
    format: (v: number) => string,
  ): SortColumn<R>[] =>
    (['count', 'min', 'q1', 'median', 'q3', 'max'] as const).map((key) => ({
      id: key,
      header: t(`col.${key}`),
      num: true,
      cell: (r: R) =>
        r.stats ? (key === 'count' ? f.num(r.stats.count) : format(r.stats[key])) : t('noScore'),
      sortValue: (r: R) => r.stats?.[key] ?? null,
    }));
  const markedLabel = marked ? comparison.label(marked) : '';
  const domainColumns: SortColumn<DomainRow>[] = [
    {
      id: 'domain',
      header: t('col.domain'),
      rowHeader: true,
      cell: (r) => `${r.code} ${names.get(r.domainId) ?? ''}`,
      sortValue: (r) => r.code,
    },
    ...statCols<DomainRow>(f.pct),
    ...(marked
      ? [
          {
            id: 'marked',
            header: markedLabel,
            num: true,
            cell: (r: DomainRow) => (r.markedScore === null ? t('noScore') : f.pct(r.markedScore)),
            sortValue: (r: DomainRow) => r.markedScore,
          },
        ]
      : []),
  ];

  const domainIndex = comparison.framework.domains.findIndex((d) => d.id === domainId);
  type CriterionRow = CriterionDistribution & { markedLevel: number | null };
  const criterionRows: CriterionRow[] = comparison.dist.criteria
    .filter((c) => c.domainId === domainId)
    .map((c) => ({
      ...c,
      markedLevel:
        markedRound?.result.domains[domainIndex]?.criteria.find(
          (x) => x.criterionId === c.criterionId,
        )?.level ?? null,
    }));
  const levels = [...new Set(criterionRows.flatMap((c) => rangeOf(c.scaleMin, c.scaleMax)))];
  const criterionColumns: SortColumn<CriterionRow>[] = [
    {
      id: 'criterion',
      header: t('col.criterion'),
      rowHeader: true,
      cell: (r) => `${r.code} ${names.get(r.criterionId) ?? ''}`,
      sortValue: (r) => r.code,
    },
    ...statCols<CriterionRow>(f.num),
    ...levels.map((level) => ({
      id: `level-${level}`,
      header: t('col.atLevel', { level }),
      num: true,
      cell: (r: CriterionRow) => f.num(r.levelCounts.get(level) ?? 0),
      sortValue: (r: CriterionRow) => r.levelCounts.get(level) ?? 0,
    })),
    {
      id: 'na',
      header: t('col.notApplicable'),
      num: true,
      cell: (r) => f.num(r.notApplicable),
      sortValue: (r) => r.notApplicable,
    },
    ...(marked
      ? [
          {
            id: 'marked',
            header: markedLabel,
            num: true,
            cell: (r: CriterionRow) => (r.markedLevel === null ? '–' : f.num(r.markedLevel)),
            sortValue: (r: CriterionRow) => r.markedLevel,
          },
        ]
      : []),
  ];
  const scaleMin = Math.min(...criterionRows.map((c) => c.scaleMin));
  const scaleMax = Math.max(...criterionRows.map((c) => c.scaleMax));
  const chartLabels = {
    range: t('distribution.range'),
    box: t('distribution.box'),
    median: t('col.median'),
    marked: markedLabel || t('distribution.marked'),
  };

  return (
    <>
      <FacilityPicker comparison={comparison} />
      <ChartPanel
        title={t('distribution.domainsHeading')}
        chart={
          <DistributionChart
            data={domainRows.flatMap((d) =>
              d.stats ? [{ label: d.code, ...d.stats, marked: d.markedScore }] : [],
            )}
            summary={t('distribution.domainsSummary', { count: comparison.dist.facilities })}
            labels={chartLabels}
            formatValue={f.pct}
          />
        }
        table={
          <SortableTable
            caption={t('distribution.domainsCaption')}
            columns={domainColumns}
            rows={domainRows}
            rowKey={(r) => r.domainId}
          />
        }
        note={t('distribution.note')}
      />
      <div className="field">
        <label htmlFor={domainSelectId}>{t('distribution.domain')}</label>
        <select id={domainSelectId} value={domainId} onChange={(e) => setDomainId(e.target.value)}>
          {comparison.framework.domains.map((d) => (
            <option key={d.id} value={d.id}>
              {d.code} {names.get(d.id)}
            </option>
          ))}
        </select>
      </div>
      <ChartPanel
        title={t('distribution.criteriaHeading', {
          domain: comparison.framework.domains[domainIndex]?.code ?? '',
        })}
        chart={
          <DistributionChart
            data={criterionRows.flatMap((c) =>
              c.stats ? [{ label: c.code, ...c.stats, marked: c.markedLevel }] : [],
            )}
            summary={t('distribution.criteriaSummary')}
            labels={chartLabels}
            formatValue={f.num}
            min={Number.isFinite(scaleMin) ? scaleMin : 0}
            max={Number.isFinite(scaleMax) ? scaleMax : 1}
          />
        }
        table={
          <SortableTable
            caption={t('distribution.criteriaCaption')}
            columns={criterionColumns}
            rows={criterionRows}
            rowKey={(r) => r.criterionId}
          />
        }
      />
    </>
  );
}

function rangeOf(min: number, max: number): number[] {
  const out: number[] = [];
  for (let v = min; v <= max && out.length < 20; v++) out.push(v);
  return out;
}

// ---------------------------------------------------------------------------------------------

export function WeakView({ comparison }: ViewProps) {
  const { t } = useTranslation('compare');
  const f = useFormatters();
  const names = useDomainNames(comparison);
  const { lowestMedian, mostBelowNorm, mostNotApplicable } = comparison.weak;
  const nameCol: SortColumn<CriterionDistribution> = {
    id: 'criterion',
    header: t('col.criterion'),
    rowHeader: true,
    cell: (r) => `${r.code} ${names.get(r.criterionId) ?? ''}`,
    sortValue: (r) => r.code,
  };
  const medianCol: SortColumn<CriterionDistribution> = {
    id: 'median',
    header: t('col.medianLevel'),
    num: true,
    cell: (r) => (r.stats ? f.num(r.stats.median) : t('noScore')),
    sortValue: (r) => r.stats?.median ?? null,
  };
  const belowCol: SortColumn<CriterionDistribution> = {
    id: 'below',
    header: t('col.belowNorm'),
    num: true,
    cell: (r) => f.num(r.belowNorm),
    sortValue: (r) => r.belowNorm,
  };
  const naCol: SortColumn<CriterionDistribution> = {
    id: 'na',
    header: t('col.notApplicable'),
    num: true,
    cell: (r) => f.num(r.notApplicable),
    sortValue: (r) => r.notApplicable,
  };
  return (
    <>
      <p>{t('weak.intro', { count: comparison.dist.facilities })}</p>
      <section aria-labelledby="weak-median">
        <h2 id="weak-median">{t('weak.lowestMedian')}</h2>
        <SortableTable
          caption={t('weak.lowestMedianCaption')}
          columns={[nameCol, medianCol, belowCol]}
          rows={lowestMedian}
          rowKey={(r) => r.criterionId}
        />
      </section>
      <section aria-labelledby="weak-below">
        <h2 id="weak-below">{t('weak.mostBelowNorm')}</h2>
        <SortableTable
          caption={t('weak.mostBelowNormCaption')}
          columns={[nameCol, belowCol, medianCol]}
          rows={mostBelowNorm}
          rowKey={(r) => r.criterionId}
        />
      </section>
      <section aria-labelledby="weak-na">
        <h2 id="weak-na">{t('weak.mostNotApplicable')}</h2>
        {mostNotApplicable.length === 0 ? (
          <p>{t('weak.noNotApplicable')}</p>
        ) : (
          <SortableTable
            caption={t('weak.mostNotApplicableCaption')}
            columns={[
              nameCol,
              naCol,
              {
                id: 'reasons',
                header: t('col.reasons'),
                cell: (r) => (
                  <ul className="reason-list">
                    {r.naReasons.map((reason) => (
                      <li key={reason.reason}>
                        {reason.reason || t('weak.noReason')} ({f.num(reason.count)})
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]}
            rows={mostNotApplicable}
            rowKey={(r) => r.criterionId}
          />
        )}
      </section>
    </>
  );
}

// ---------------------------------------------------------------------------------------------

export function SideBySideView({ comparison }: ViewProps) {
  const { t } = useTranslation('compare');
  const f = useFormatters();
  const names = useDomainNames(comparison);
  const chosen = useCompareStore((s) => s.chosen);
  const setChosen = useCompareStore((s) => s.setChosen);
  const scored = comparison.scored;
  const latest = useMemo(() => {
    const map = new Map<string, (typeof scored)[number]>();
    for (const s of scored) map.set(s.facility.id, s);
    return map;
  }, [scored]);
  const picked = chosen.filter((id) => latest.has(id));
  const rounds = picked.map((id) => latest.get(id)!);
  const rows = sideBySide(rounds);
  const series = picked.map((id) => comparison.label(id));

  return (
    <>
      <fieldset className="checks side-pick">
        <legend>{t('side.pick', { min: SIDE_BY_SIDE_MIN, max: SIDE_BY_SIDE_MAX })}</legend>
        {[...latest.keys()].map((id) => {
          const on = picked.includes(id);
          return (
            <label key={id}>
              <input
                type="checkbox"
                checked={on}
                disabled={!on && picked.length >= SIDE_BY_SIDE_MAX}
                onChange={(e) =>
                  setChosen(e.target.checked ? [...picked, id] : picked.filter((x) => x !== id))
                }
              />{' '}
              {comparison.label(id)}
            </label>
          );
        })}
      </fieldset>
      {rows.length === 0 ? (
        <p className="notice" role="status">
          {t('side.needMore', { min: SIDE_BY_SIDE_MIN })}
        </p>
      ) : (
        <ChartPanel
          title={t('views.naast-elkaar')}
          chart={
            <LazyGroupedBarChart
              data={rows
                .filter((r) => r.kind === 'domain')
                .map((r) => ({ label: r.code, values: r.values }))}
              series={series}
              summary={t('side.summary', { names: series.join(', ') })}
              formatValue={f.pct}
            />
          }
          table={
            <SortableTable
              caption={t('side.caption')}
              columns={[
                {
                  id: 'item',
                  header: t('col.item'),
                  rowHeader: true,
                  cell: (r) => `${r.code} ${names.get(r.id) ?? ''}`,
                  className: (r) => (r.kind === 'domain' ? 'row-domain' : undefined),
                },
                ...series.map((name, i) => ({
                  id: `s${i}`,
                  header: name,
                  num: true,
                  cell: (r: (typeof rows)[number]) => {
                    const v = r.values[i] ?? null;
                    if (r.notApplicable[i]) return t('na');
                    if (v === null) return '–';
                    return r.kind === 'domain' ? f.pct(v) : f.num(v);
                  },
                  sortValue: (r: (typeof rows)[number]) => r.values[i] ?? null,
                })),
              ]}
              rows={rows}
              rowKey={(r) => `${r.kind}-${r.id}`}
            />
          }
          note={t('side.note')}
        />
      )}
    </>
  );
}

// ---------------------------------------------------------------------------------------------

export function OverTimeView({ comparison }: ViewProps) {
  const { t } = useTranslation('compare');
  const f = useFormatters();
  const names = useDomainNames(comparison);
  const selectId = useId();
  const domains = comparison.framework.domains;
  const [domainId, setDomainId] = useState(domains[0]?.id ?? '');
  const points = comparison.timeline();
  type Row = (typeof points)[number];
  if (points.length < 2) return <p className="notice">{t('time.tooFew')}</p>;
  const domainCode = domains.find((d) => d.id === domainId)?.code ?? '';
  return (
    <>
      <div className="field">
        <label htmlFor={selectId}>{t('time.domain')}</label>
        <select id={selectId} value={domainId} onChange={(e) => setDomainId(e.target.value)}>
          {domains.map((d) => (
            <option key={d.id} value={d.id}>
              {d.code} {names.get(d.id)}
            </option>
          ))}
        </select>
      </div>
      <ChartPanel
        title={t('views.verloop')}
        chart={
          <PlainLineChart
            data={points.map((p) => ({
              label: p.period,
              values: [p.overallMedian, p.domainMedians.get(domainId) ?? null],
            }))}
            series={[t('time.overall'), t('time.domainSeries', { domain: domainCode })]}
            summary={t('time.summary', { count: points.length })}
            formatValue={f.pct}
          />
        }
        table={
          <SortableTable
            caption={t('time.caption')}
            columns={[
              {
                id: 'period',
                header: t('col.period'),
                rowHeader: true,
                cell: (r: Row) => r.period,
              },
              {
                id: 'facilities',
                header: t('col.facilities'),
                num: true,
                cell: (r: Row) => f.num(r.facilities),
                sortValue: (r: Row) => r.facilities,
              },
              {
                id: 'overall',
                header: t('col.overall'),
                num: true,
                cell: (r: Row) =>
                  r.overallMedian === null ? t('noScore') : f.pct(r.overallMedian),
                sortValue: (r: Row) => r.overallMedian,
              },
              ...domains.map((d) => ({
                id: d.id,
                header: d.code,
                num: true,
                cell: (r: Row) => {
                  const v = r.domainMedians.get(d.id) ?? null;
                  return v === null ? t('noScore') : f.pct(v);
                },
                sortValue: (r: Row) => r.domainMedians.get(d.id) ?? null,
              })),
            ]}
            rows={points}
            rowKey={(r) => r.period}
          />
        }
        note={t('time.note')}
      />
    </>
  );
}
