/**
 * The comparison report for evaluators in words: the set, the ranking, the distributions per
 * domain and the commonly weak criteria, with the numbers of the comparison views. When names
 * are hidden the data holds none (domain/report drops them), and every facility is written as
 * its alias, as on screen.
 */
import { localize } from '../../domain/localize';
import type { ComparedFacility, ComparisonReportData } from '../../domain/report';
import { barSvg } from '../../domain/report-charts';
import type { ReportBlock, ReportDocument } from '../../domain/report-document';
import { criterionCsv, type ReportTexts } from './compose';
import { createFormatters } from '../shared/use-formatters';

/** The facility as the report may show it: its alias when names are hidden, else name (code). */
export function comparedLabel(f: ComparedFacility, tx: ReportTexts): string {
  if (f.name === null) return tx.compare('alias', { letter: f.alias });
  return f.code ? `${f.name} (${f.code})` : f.name;
}

export function composeComparisonReport(
  data: ComparisonReportData,
  tx: ReportTexts,
  now: Date,
): ReportDocument {
  const { reports: t, results: r, compare: c, framework: tf } = tx;
  const f = createFormatters(tx.lang);
  const fw = data.framework;
  const frameworkName = `${localize(fw.title, tx.lang)} v${fw.version}`;
  const byId = new Map(data.facilities.map((x) => [x.id, x]));
  const label = (id: string) => {
    const known = byId.get(id);
    return known ? comparedLabel(known, tx) : '?';
  };
  const pct = (v: number | null | undefined) =>
    v === null || v === undefined ? r('noScore') : f.pct(v);
  const title = t('doc.comparisonTitle', { framework: frameworkName });
  const domainTitle = (id: string) => localize(fw.domains.find((d) => d.id === id)?.title, tx.lang);
  const criterionTitle = (id: string) =>
    localize(fw.domains.flatMap((d) => d.criteria).find((x) => x.id === id)?.title, tx.lang);
  const filter = data.filter;
  const periods = filter.periods.length > 0 ? filter.periods.join(', ') : t('doc.all');

  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: title },
    {
      kind: 'facts',
      rows: [
        {
          label: t('doc.cover.framework'),
          value: `${frameworkName} (${tf(`status.${fw.status}`)})`,
        },
        { label: t('doc.set.facilities'), value: String(data.facilities.length) },
        { label: c('set.periods'), value: periods },
        { label: c('set.status'), value: c(`set.statusOptions.${filter.status}`) },
        { label: c('set.origin'), value: c(`set.originOptions.${filter.origin}`) },
        {
          label: c('set.rounds'),
          value: filter.latestOnly ? c('set.latestOnly') : t('doc.set.allRounds'),
        },
        {
          label: t('doc.set.anonymised'),
          value: data.anonymise ? t('doc.set.anonymisedYes') : t('doc.set.anonymisedNo'),
        },
        { label: t('doc.cover.date'), value: f.date(now.toISOString()) },
      ],
    },
    ...(data.hasDemo ? [{ kind: 'paragraph' as const, text: t('doc.demoNote'), muted: true }] : []),
    { kind: 'heading', level: 2, text: t('sections.set') },
    {
      kind: 'table',
      caption: t('doc.set.caption', { count: data.facilities.length }),
      header: [
        t('doc.cover.facility'),
        r('columns.round'),
        r('columns.totalScore'),
        r('columns.completeness'),
      ],
      numeric: [false, false, true, true],
      rows: data.facilities.map((x) => [
        comparedLabel(x, tx),
        x.round.periodLabel,
        pct(x.result.overall.score),
        f.ratio(x.result.overall.completeness.ratio),
      ]),
    },
    { kind: 'heading', level: 2, text: t('sections.ranking') },
    {
      kind: 'table',
      caption: t('doc.rankingCaption'),
      header: [
        t('doc.rank'),
        t('doc.cover.facility'),
        r('columns.totalScore'),
        r('columns.completeness'),
        r('columns.atNorm'),
      ],
      numeric: [true, false, true, true, true],
      widths: [1, 4, 2, 2, 2],
      rows: data.ranking.ranked.map((e) => [
        e.tied ? `${e.rank}=` : String(e.rank),
        label(e.facilityId),
        pct(e.score),
        f.ratio(e.completeness),
        pct(e.pctAtOrAboveNorm),
      ]),
    },
    ...(data.ranking.apart.length > 0
      ? [
          {
            kind: 'paragraph' as const,
            text: t('doc.rankingApart', {
              list: data.ranking.apart
                .map((e) => `${label(e.facilityId)} (${f.ratio(e.completeness)})`)
                .join(', '),
            }),
          },
        ]
      : []),
    { kind: 'heading', level: 2, text: t('sections.distributions') },
    {
      kind: 'chart',
      title: t('doc.medianChart'),
      svg: barSvg(
        data.dist.domains.map((d) => ({ label: d.code, value: d.stats?.median ?? 0 })),
        { title: t('doc.medianChart'), axis: t('doc.medianAxis') },
        f.points,
      ),
      width: 480,
      height: 10 + data.dist.domains.length * 20 + 40,
      summary: data.dist.domains
        .map((d) => `${d.code} ${d.stats ? f.pct(d.stats.median) : r('noScore')}`)
        .join('; '),
    },
    {
      kind: 'table',
      caption: t('doc.distCaption'),
      header: [
        r('columns.code'),
        r('columns.domain'),
        'n',
        'min',
        'Q1',
        t('doc.median'),
        'Q3',
        'max',
      ],
      numeric: [false, false, true, true, true, true, true, true],
      widths: [1, 5, 1, 2, 2, 2, 2, 2],
      rows: data.dist.domains.map((d) => [
        d.code,
        domainTitle(d.domainId),
        String(d.stats?.count ?? 0),
        pct(d.stats?.min),
        pct(d.stats?.q1),
        pct(d.stats?.median),
        pct(d.stats?.q3),
        pct(d.stats?.max),
      ]),
    },
    { kind: 'heading', level: 2, text: t('sections.weak') },
    {
      kind: 'table',
      caption: t('doc.weakMedianCaption'),
      header: [
        r('columns.code'),
        r('columns.criterion'),
        t('doc.median'),
        t('doc.belowNorm'),
        t('doc.naCount'),
      ],
      numeric: [false, false, true, true, true],
      widths: [1, 6, 2, 2, 2],
      rows: data.weak.lowestMedian.map((d) => [
        d.code,
        criterionTitle(d.criterionId),
        pct(d.normalisedStats?.median),
        String(d.belowNorm),
        String(d.notApplicable),
      ]),
    },
    {
      kind: 'table',
      caption: t('doc.weakBelowCaption'),
      header: [r('columns.code'), r('columns.criterion'), t('doc.belowNorm'), t('doc.median')],
      numeric: [false, false, true, true],
      widths: [1, 6, 2, 2],
      rows: data.weak.mostBelowNorm.map((d) => [
        d.code,
        criterionTitle(d.criterionId),
        String(d.belowNorm),
        pct(d.normalisedStats?.median),
      ]),
    },
  ];
  return {
    title,
    lang: tx.lang,
    footer: t('doc.footer', {
      framework: frameworkName,
      method: data.facilities[0]?.result.methodVersion ?? '',
    }),
    pageLabel: t('doc.pageLabel'),
    blocks,
  };
}

/**
 * One row per criterion per round of the set. The team's own texts (evidence, actions, N/A
 * reasons) are left out: they are the facility's words and may name it, which an anonymised
 * comparison must never do; the numbers are all there.
 */
export function comparisonCsv(data: ComparisonReportData, tx: ReportTexts) {
  return criterionCsv(
    data.facilities.map((x) => ({
      framework: data.framework,
      assessment: x.round,
      facilityLabel: comparedLabel(x, tx),
    })),
    tx,
    { withTexts: false },
  );
}
