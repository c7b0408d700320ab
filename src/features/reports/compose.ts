/**
 * Reports in words: the report data (domain/report) turned into a document (headings,
 * tables, charts) and CSV rows in one chosen language. The numbers are formatted by the same
 * formatters the screens use, so "66,7%" in a report is "66,7%" on the results page.
 */
import type { TFunction } from 'i18next';
import { fileSlug, localDay } from '../../domain/file-name';
import { criterionScale } from '../../domain/framework-model';
import { localize, type LocalizedText } from '../../domain/localize';
import {
  criterionRows,
  type CriterionRow,
  type FacilityReportData,
  type PlanItem,
  type PlanReportData,
  type ReportFacility,
  type ReportRound,
} from '../../domain/report';
import { barSvg, radarSvg } from '../../domain/report-charts';
import type { ReportBlock, ReportDocument } from '../../domain/report-document';
import { domainsByGap, SCORING_RULE_PARTS, type Aggregate } from '../../domain/scoring';
import type { Framework } from '../../schemas/framework';
import type { Assessment } from '../../schemas/records';
import { createFormatters, type Formatters } from '../shared/use-formatters';

/** The translation functions a report needs, all fixed to the report's language. */
export interface ReportTexts {
  lang: string;
  reports: TFunction<'reports'>;
  results: TFunction<'results'>;
  framework: TFunction<'framework'>;
  assess: TFunction<'assess'>;
  compare: TFunction<'compare'>;
}

interface Ctx {
  tx: ReportTexts;
  f: Formatters;
  fw: Framework;
}

function ctxOf(tx: ReportTexts, fw: Framework): Ctx {
  return { tx, f: createFormatters(tx.lang), fw };
}

const text = (ctx: Ctx, value: LocalizedText | undefined) => localize(value, ctx.tx.lang);

/** "3 – In uitvoering", as the results page writes a level. */
function levelText(ctx: Ctx, criterionId: string, value: number): string {
  const criterion = ctx.fw.domains.flatMap((d) => d.criteria).find((c) => c.id === criterionId);
  const scale = criterion ? criterionScale(ctx.fw, criterion) : undefined;
  const level = scale?.levels.find((l) => l.value === value);
  if (!level) return String(value);
  const label = text(ctx, level.label);
  return `${value} – ${label.charAt(0).toLocaleUpperCase()}${label.slice(1)}`;
}

function frameworkName(ctx: Ctx): string {
  return `${text(ctx, ctx.fw.title)} v${ctx.fw.version}`;
}

function footer(ctx: Ctx, methodVersion: string): string {
  return ctx.tx.reports('doc.footer', { framework: frameworkName(ctx), method: methodVersion });
}

const pctOrNone = (ctx: Ctx, v: number | null) =>
  v === null ? ctx.tx.results('noScore') : ctx.f.pct(v);
const pointsOrNone = (ctx: Ctx, v: number | null) =>
  v === null ? ctx.tx.results('noScore') : ctx.f.points(v);

function summaryRows(ctx: Ctx, overall: Aggregate) {
  const { results: r } = ctx.tx;
  const c = overall.completeness;
  return [
    { label: r('figures.score'), value: pctOrNone(ctx, overall.score) },
    {
      label: r('figures.completeness'),
      value: `${ctx.f.ratio(c.ratio)} (${r('figures.completenessValue', {
        done: c.answered + c.notApplicable,
        total: c.total,
      })})`,
    },
    {
      label: r('figures.atNorm'),
      value:
        overall.pctAtOrAboveNorm === null
          ? r('noScore')
          : `${ctx.f.pct(overall.pctAtOrAboveNorm)} (${r('figures.atNormValue', {
              count: overall.atOrAboveNormCount,
              scored: overall.scoredCount,
            })})`,
    },
    { label: r('figures.target'), value: pctOrNone(ctx, overall.target) },
    {
      label: r('figures.gap'),
      value:
        overall.gap === null
          ? r('noScore')
          : `${ctx.f.points(overall.gap)} ${r('figures.gapUnit')}`,
    },
  ];
}

function planTable(ctx: Ctx, items: readonly PlanItem[], caption: string, withRound: boolean) {
  const { reports: t, results: r } = ctx.tx;
  return {
    kind: 'table' as const,
    caption,
    header: [
      t('doc.plan.due'),
      t('doc.plan.role'),
      r('columns.status'),
      t('doc.plan.action'),
      r('columns.criterion'),
      ...(withRound ? [r('columns.round')] : []),
    ],
    widths: [2, 2, 2, 5, 4, ...(withRound ? [2] : [])],
    rows: items.map((item) => [
      item.action.dueDate ? ctx.f.date(item.action.dueDate) : t('doc.plan.noDue'),
      item.action.responsibleRole || t('doc.plan.noRole'),
      r(`actionStatus.${item.action.status}`),
      item.action.what,
      `${item.criterionCode} ${text(ctx, item.criterionTitle)}`,
      ...(withRound ? [item.periodLabel] : []),
    ]),
  };
}

function coverBlocks(
  ctx: Ctx,
  title: string,
  facility: ReportFacility,
  assessment: Assessment,
  now: Date,
  extra: { label: string; value: string }[] = [],
): ReportBlock[] {
  const { reports: t, results: r, framework: tf } = ctx.tx;
  const roles = assessment.participants.map((p) => t('doc.role', { role: p.role, count: p.count }));
  return [
    { kind: 'heading', level: 1, text: title },
    {
      kind: 'facts',
      rows: [
        { label: t('doc.cover.facility'), value: facility.label },
        {
          label: t('doc.cover.framework'),
          value: `${frameworkName(ctx)} (${tf(`status.${ctx.fw.status}`)})`,
        },
        { label: t('doc.cover.period'), value: assessment.periodLabel },
        { label: t('doc.cover.roundStatus'), value: r(`status.${assessment.status}`) },
        {
          label: t('doc.cover.roles'),
          value: roles.length > 0 ? roles.join(', ') : t('doc.cover.noRoles'),
        },
        ...extra,
        { label: t('doc.cover.date'), value: ctx.f.date(now.toISOString()) },
      ],
    },
    ...(facility.demo
      ? [{ kind: 'paragraph' as const, text: t('doc.demoNote'), muted: true }]
      : []),
  ];
}

function rulesBlocks(ctx: Ctx, methodVersion: string): ReportBlock[] {
  const { reports: t, results: r } = ctx.tx;
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 2, text: t('doc.rules.title', { version: methodVersion }) },
  ];
  for (const part of SCORING_RULE_PARTS) {
    blocks.push({ kind: 'heading', level: 3, text: r(`rules.${part}.title`) });
    const paragraphs = r(`rules.${part}.paragraphs`, {
      returnObjects: true,
      version: methodVersion,
    }) as unknown;
    for (const p of Array.isArray(paragraphs) ? paragraphs : []) {
      if (typeof p === 'string') blocks.push({ kind: 'paragraph', text: p });
    }
  }
  return blocks;
}

/** The facility report of one round, with the sections the team chose. */
export function composeFacilityReport(
  data: FacilityReportData,
  tx: ReportTexts,
  now: Date,
): ReportDocument {
  const ctx = ctxOf(tx, data.framework);
  const { reports: t, results: r } = tx;
  const { result, assessment } = data;
  const title = t('doc.facilityTitle', {
    facility: data.facility.label,
    period: assessment.periodLabel,
  });
  const domainTitle = (id: string) =>
    text(ctx, data.framework.domains.find((d) => d.id === id)?.title);
  const criterionTitle = (id: string) =>
    text(ctx, data.framework.domains.flatMap((d) => d.criteria).find((c) => c.id === id)?.title);
  const blocks: ReportBlock[] = coverBlocks(ctx, title, data.facility, assessment, now, [
    {
      label: r('figures.method'),
      value: r('figures.methodValue', { version: result.methodVersion }),
    },
  ]);

  for (const section of data.sections) {
    switch (section) {
      case 'summary':
        blocks.push(
          { kind: 'heading', level: 2, text: t('sections.summary') },
          { kind: 'facts', rows: summaryRows(ctx, result.overall) },
          { kind: 'paragraph', text: r('figures.note'), muted: true },
        );
        break;
      case 'domains':
        blocks.push(
          { kind: 'heading', level: 2, text: t('sections.domains') },
          {
            kind: 'table',
            caption: r('domains.caption'),
            header: [
              r('columns.code'),
              r('columns.domain'),
              r('columns.score'),
              r('columns.target'),
              r('columns.gapPoints'),
              r('columns.atNorm'),
              r('columns.completeness'),
            ],
            numeric: [false, false, true, true, true, true, true],
            widths: [1, 5, 2, 2, 2, 2, 3],
            rows: result.domains.map((d) => [
              d.code,
              domainTitle(d.domainId),
              pctOrNone(ctx, d.score),
              pctOrNone(ctx, d.target),
              pointsOrNone(ctx, d.gap),
              pctOrNone(ctx, d.pctAtOrAboveNorm),
              r('domains.completenessValue', {
                done: d.completeness.answered + d.completeness.notApplicable,
                total: d.completeness.total,
                pct: ctx.f.ratio(d.completeness.ratio),
              }),
            ]),
          },
        );
        break;
      case 'charts': {
        blocks.push({ kind: 'heading', level: 2, text: t('sections.charts') });
        if (result.overall.scoredCount === 0) {
          blocks.push({ kind: 'paragraph', text: r('charts.nothingScored') });
          break;
        }
        const radarTitle = r('charts.radarTitle');
        const radar = radarSvg(
          result.domains.map((d) => ({ label: d.code, current: d.score, target: d.target })),
          { title: radarTitle, current: r('charts.current'), target: r('charts.target') },
        );
        const byGap = domainsByGap(result).filter((d) => d.gap !== null);
        const barTitle = r('charts.barTitle');
        const bar = barSvg(
          byGap.map((d) => ({ label: d.code, value: d.gap ?? 0 })),
          { title: barTitle, axis: r('charts.gapAxis') },
          ctx.f.points,
        );
        blocks.push(
          {
            kind: 'chart',
            title: radarTitle,
            svg: radar,
            width: 420,
            height: 450,
            summary: result.domains
              .map((d) => `${d.code} ${pctOrNone(ctx, d.score)} / ${pctOrNone(ctx, d.target)}`)
              .join('; '),
          },
          {
            kind: 'chart',
            title: barTitle,
            svg: bar,
            width: 480,
            height: 10 + byGap.length * 20 + 40,
            summary: byGap.map((d) => `${d.code} ${ctx.f.points(d.gap ?? 0)}`).join('; '),
          },
        );
        break;
      }
      case 'gaps':
        blocks.push({ kind: 'heading', level: 2, text: t('sections.gaps') });
        if (data.gaps.length === 0) {
          blocks.push({
            kind: 'paragraph',
            text: result.overall.scoredCount === 0 ? r('gaps.nothingScored') : r('gaps.none'),
          });
          break;
        }
        blocks.push({
          kind: 'table',
          caption: t('doc.gapsCaption', { count: data.gaps.length }),
          header: [
            r('columns.code'),
            r('columns.criterion'),
            r('columns.level'),
            r('columns.criterionTarget'),
            r('columns.gapLevels'),
            r('columns.gapPoints'),
          ],
          numeric: [false, false, false, false, true, true],
          widths: [1, 5, 3, 3, 2, 2],
          rows: data.gaps.map((c) => [
            c.code,
            criterionTitle(c.criterionId),
            c.level === null ? '' : levelText(ctx, c.criterionId, c.level),
            levelText(ctx, c.criterionId, c.target) +
              (c.targetSource === 'answer' ? ` (${r('gaps.ownTarget')})` : ''),
            ctx.f.num(c.gap ?? 0),
            ctx.f.points(c.normalisedGap ?? 0),
          ]),
        });
        break;
      case 'evidence':
        blocks.push({ kind: 'heading', level: 2, text: t('sections.evidence') });
        if (data.evidence.length === 0) {
          blocks.push({ kind: 'paragraph', text: t('doc.noEvidence') });
          break;
        }
        blocks.push({
          kind: 'table',
          caption: t('doc.evidenceCaption'),
          header: [
            r('columns.code'),
            r('columns.criterion'),
            tx.assess('evidence.kind'),
            tx.assess('evidence.note'),
            t('doc.evidenceReference'),
          ],
          widths: [1, 4, 2, 6, 3],
          rows: data.evidence.flatMap((item) =>
            item.evidence.map((e) => [
              item.code,
              text(ctx, item.title),
              tx.assess(`evidenceKinds.${e.kind}`),
              e.note,
              e.reference,
            ]),
          ),
        });
        break;
      case 'notApplicable':
        blocks.push({ kind: 'heading', level: 2, text: t('sections.notApplicable') });
        if (data.notApplicable.length === 0) {
          blocks.push({ kind: 'paragraph', text: r('na.none') });
          break;
        }
        blocks.push({
          kind: 'table',
          caption: r('na.caption'),
          header: [r('columns.code'), r('columns.criterion'), r('columns.reason')],
          widths: [1, 5, 6],
          rows: data.notApplicable.map((n) => [
            n.code,
            text(ctx, n.title),
            n.reason || r('na.noReason'),
          ]),
        });
        break;
      case 'plan':
        blocks.push({ kind: 'heading', level: 2, text: t('sections.plan') });
        blocks.push(
          data.plan.length === 0
            ? { kind: 'paragraph', text: t('doc.plan.none') }
            : planTable(ctx, data.plan, t('doc.plan.caption', { count: data.plan.length }), false),
        );
        break;
      case 'trend':
        blocks.push({ kind: 'heading', level: 2, text: t('sections.trend') });
        if (!data.trend) {
          blocks.push({ kind: 'paragraph', text: t('doc.noTrend') });
          break;
        }
        for (const group of data.trend.groups) {
          blocks.push({
            kind: 'table',
            caption: t('doc.trendCaption', { version: group.frameworkVersion }),
            header: [
              r('columns.round'),
              r('columns.date'),
              r('columns.totalScore'),
              r('figures.gap'),
              r('columns.completeness'),
            ],
            numeric: [false, false, true, true, true],
            rows: group.overall.map((p) => [
              p.label,
              ctx.f.date(p.date),
              pctOrNone(ctx, p.score),
              pointsOrNone(ctx, p.gap),
              ctx.f.ratio(p.completeness),
            ]),
          });
        }
        break;
      case 'rules':
        blocks.push({ kind: 'pageBreak' }, ...rulesBlocks(ctx, result.methodVersion));
        break;
    }
  }
  return {
    title,
    lang: tx.lang,
    footer: footer(ctx, result.methodVersion),
    pageLabel: t('doc.pageLabel'),
    blocks,
  };
}

/** The improvement plan on its own: every unfinished action, by due date. */
export function composePlanReport(
  data: PlanReportData,
  tx: ReportTexts,
  now: Date,
): ReportDocument {
  const ctx = ctxOf(tx, data.framework);
  const t = tx.reports;
  const title = t('doc.planTitle', { facility: data.facility.label });
  return {
    title,
    lang: tx.lang,
    footer: footer(ctx, data.assessment.scoringMethodVersion),
    pageLabel: t('doc.pageLabel'),
    blocks: [
      ...coverBlocks(ctx, title, data.facility, data.assessment, now),
      { kind: 'heading', level: 2, text: t('sections.plan') },
      data.items.length === 0
        ? { kind: 'paragraph', text: t('doc.plan.noneOpen') }
        : planTable(ctx, data.items, t('doc.plan.openCaption', { count: data.items.length }), true),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------

/** Header and cells of the criterion CSV: one row per criterion per round. */
export function criterionCsv(
  rounds: readonly { framework: Framework; assessment: ReportRound; facilityLabel: string }[],
  tx: ReportTexts,
  opts: { withTexts?: boolean } = {},
): { header: string[]; rows: string[][] } {
  const withTexts = opts.withTexts ?? true;
  const t = tx.reports;
  const r = tx.results;
  const f = createFormatters(tx.lang);
  // Numbers with one decimal in the language's own notation, without unit or thousands
  // separator, so a spreadsheet in that locale reads them as numbers.
  const number = new Intl.NumberFormat(tx.lang === 'en' ? 'en-GB' : tx.lang, {
    maximumFractionDigits: 1,
    useGrouping: false,
  });
  const num = (v: number | null) => (v === null ? '' : number.format(v));
  const header = [
    t('csv.frameworkId'),
    t('csv.frameworkVersion'),
    t('csv.scoringMethodVersion'),
    t('csv.facility'),
    t('csv.period'),
    t('csv.roundStatus'),
    t('csv.domainCode'),
    t('csv.domain'),
    t('csv.criterionCode'),
    t('csv.criterionId'),
    t('csv.criterion'),
    t('csv.weight'),
    t('csv.answer'),
    t('csv.level'),
    t('csv.target'),
    t('csv.norm'),
    t('csv.score'),
    t('csv.gapLevels'),
    t('csv.gapPoints'),
    t('csv.atNorm'),
    ...(withTexts ? [t('csv.naReason'), t('csv.evidence'), t('csv.actions')] : []),
  ];
  const rows = rounds.flatMap(({ framework, assessment, facilityLabel }) =>
    criterionRows(framework, assessment, facilityLabel).map((row: CriterionRow) => {
      const c = row.result;
      return [
        row.frameworkId,
        row.frameworkVersion,
        row.scoringMethodVersion,
        row.facility,
        row.period,
        r(`status.${row.roundStatus === 'afgerond' ? 'afgerond' : 'concept'}`),
        row.domainCode,
        localize(row.domainTitle, tx.lang),
        row.criterionCode,
        row.criterionId,
        localize(row.criterionTitle, tx.lang),
        num(c.weight),
        t(`csv.status.${c.status}`),
        c.level === null ? '' : String(c.level),
        String(c.target),
        String(c.norm),
        num(c.normalisedScore),
        num(c.gap),
        num(c.normalisedGap),
        c.atOrAboveNorm === null ? '' : c.atOrAboveNorm ? t('csv.yes') : t('csv.no'),
        ...(withTexts
          ? [
              row.naReason,
              row.evidence
                .map((e) =>
                  [tx.assess(`evidenceKinds.${e.kind}`), e.note, e.reference]
                    .filter(Boolean)
                    .join(': '),
                )
                .join('\n'),
              row.actions
                .map((a) =>
                  [
                    a.what,
                    a.responsibleRole,
                    a.dueDate ? f.date(a.dueDate) : '',
                    r(`actionStatus.${a.status}`),
                  ]
                    .filter(Boolean)
                    .join(' | '),
                )
                .join('\n'),
            ]
          : []),
      ];
    }),
  );
  return { header, rows };
}

// ---------------------------------------------------------------------------------------------
// File names
// ---------------------------------------------------------------------------------------------

/** "rapport-de-vlinder-2026-voorjaar-2026-12-02.pdf": what, who (or alias), period, day. */
export function reportFilename(
  kind: string,
  who: string,
  period: string,
  now: Date,
  extension: 'pdf' | 'docx' | 'csv',
): string {
  return [
    fileSlug(kind, 30),
    fileSlug(who, 40) || 'voorziening',
    fileSlug(period, 40),
    localDay(now),
  ]
    .filter(Boolean)
    .join('-')
    .concat(`.${extension}`);
}
