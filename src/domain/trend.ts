/**
 * Trends over assessment rounds of one facility.
 *
 * Scores are only comparable within one framework version (criteria, weights and norms may change
 * between versions), so rounds are grouped by frameworkId + frameworkVersion and a series never
 * crosses a version boundary. Each group carries its version so the UI can label the lines.
 */
import type { AssessmentResult } from './scoring';
import { compareCodes } from './scoring';

export interface TrendRoundInput {
  readonly assessmentId: string;
  readonly label: string;
  /** ISO date or datetime. */
  readonly date: string;
  readonly frameworkId: string;
  readonly frameworkVersion: string;
  readonly result: AssessmentResult;
}

export interface TrendPoint {
  readonly assessmentId: string;
  readonly label: string;
  readonly date: string;
  /** 0..100 or null when nothing was scored. */
  readonly score: number | null;
  readonly gap: number | null;
  /** 0..1 */
  readonly completeness: number;
}

export interface DomainSeries {
  readonly domainId: string;
  readonly code: string;
  /** One point per round of the group, in date order (null score when the domain was absent). */
  readonly points: readonly TrendPoint[];
}

export interface DomainImprovement {
  readonly domainId: string;
  readonly code: string;
  readonly from: number;
  readonly to: number;
  /** to − from, percentage points, > 0. */
  readonly change: number;
}

export type ConcernReason = 'dropped' | 'largest-gap';

export interface AreaOfConcern {
  readonly domainId: string;
  readonly code: string;
  readonly reason: ConcernReason;
  /** Latest score (null when the latest round did not score the domain). */
  readonly score: number | null;
  /** Score in the round before the latest; null when there is none. */
  readonly previousScore: number | null;
  /** score − previousScore (< 0 for "dropped"); null when not both known. */
  readonly change: number | null;
  /** Latest domain gap (percentage points). */
  readonly gap: number | null;
}

export interface TrendGroup {
  /** `${frameworkId}@${frameworkVersion}` */
  readonly key: string;
  readonly frameworkId: string;
  readonly frameworkVersion: string;
  /** Display label of the line/group, e.g. "kwaliteitskader-tienerpooiers v1.0.0". */
  readonly label: string;
  readonly rounds: readonly {
    assessmentId: string;
    label: string;
    date: string;
  }[];
  readonly overall: readonly TrendPoint[];
  readonly domains: readonly DomainSeries[];
  readonly mostImproved: readonly DomainImprovement[];
  readonly areasOfConcern: readonly AreaOfConcern[];
}

export interface TrendResult {
  /** Ordered by the date of each group's first round (then key). */
  readonly groups: readonly TrendGroup[];
}

/** Top-N size for mostImproved and areasOfConcern. */
export const TREND_TOP_N = 3;

/** Changes smaller than this are floating-point noise, not real movement. */
const EPSILON = 1e-9;

function timeOf(date: string): number {
  const t = Date.parse(date);
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

function compareRounds(a: TrendRoundInput, b: TrendRoundInput): number {
  const ta = timeOf(a.date);
  const tb = timeOf(b.date);
  if (ta !== tb) return ta < tb ? -1 : 1;
  // Same instant (or both unparsable): stable, deterministic order.
  return a.date.localeCompare(b.date) || a.assessmentId.localeCompare(b.assessmentId);
}

export function buildTrend(rounds: readonly TrendRoundInput[]): TrendResult {
  const byKey = new Map<string, TrendRoundInput[]>();
  for (const round of rounds) {
    const key = `${round.frameworkId}@${round.frameworkVersion}`;
    const list = byKey.get(key);
    if (list) list.push(round);
    else byKey.set(key, [round]);
  }

  const groups = [...byKey.entries()].map(([key, list]) =>
    buildGroup(key, [...list].sort(compareRounds)),
  );
  groups.sort((a, b) => {
    const fa = a.rounds[0];
    const fb = b.rounds[0];
    const ta = fa ? timeOf(fa.date) : Number.POSITIVE_INFINITY;
    const tb = fb ? timeOf(fb.date) : Number.POSITIVE_INFINITY;
    if (ta !== tb) return ta < tb ? -1 : 1;
    return a.key.localeCompare(b.key);
  });
  return { groups };
}

function buildGroup(key: string, sorted: readonly TrendRoundInput[]): TrendGroup {
  const first = sorted[0];
  const frameworkId = first?.frameworkId ?? '';
  const frameworkVersion = first?.frameworkVersion ?? '';

  const overall: TrendPoint[] = sorted.map((r) => ({
    assessmentId: r.assessmentId,
    label: r.label,
    date: r.date,
    score: r.result.overall.score,
    gap: r.result.overall.gap,
    completeness: r.result.overall.completeness.ratio,
  }));

  // Domain order: order of first appearance across the rounds (framework order within a version).
  const domainOrder = new Map<string, string>();
  for (const r of sorted) {
    for (const d of r.result.domains) {
      if (!domainOrder.has(d.domainId)) domainOrder.set(d.domainId, d.code);
    }
  }
  const domains: DomainSeries[] = [...domainOrder.entries()].map(([domainId, code]) => ({
    domainId,
    code,
    points: sorted.map((r) => {
      const d = r.result.domains.find((x) => x.domainId === domainId);
      return {
        assessmentId: r.assessmentId,
        label: r.label,
        date: r.date,
        score: d?.score ?? null,
        gap: d?.gap ?? null,
        completeness: d?.completeness.ratio ?? 0,
      };
    }),
  }));

  return {
    key,
    frameworkId,
    frameworkVersion,
    label: `${frameworkId} v${frameworkVersion}`,
    rounds: sorted.map((r) => ({
      assessmentId: r.assessmentId,
      label: r.label,
      date: r.date,
    })),
    overall,
    domains,
    mostImproved: mostImproved(domains),
    areasOfConcern: areasOfConcern(domains),
  };
}

/**
 * Domains with the largest positive change in score between the first and the last round of the
 * group (needs >= 2 rounds and a score in both). Only real improvements (> 0), largest first,
 * ties by code; at most TREND_TOP_N.
 */
function mostImproved(domains: readonly DomainSeries[]): DomainImprovement[] {
  const out: DomainImprovement[] = [];
  for (const d of domains) {
    if (d.points.length < 2) continue;
    const from = d.points[0]?.score ?? null;
    const to = d.points[d.points.length - 1]?.score ?? null;
    if (from === null || to === null) continue;
    const change = to - from;
    if (change > EPSILON) out.push({ domainId: d.domainId, code: d.code, from, to, change });
  }
  out.sort((a, b) => b.change - a.change || compareCodes(a.code, b.code));
  return out.slice(0, TREND_TOP_N);
}

/**
 * Areas of concern, at most TREND_TOP_N, filled in this order:
 *  1. "dropped": domains whose score fell between the previous round and the latest round
 *     (both scored), biggest drop first. A fall is the most urgent signal: something got worse.
 *  2. "largest-gap": the remaining domains with a gap > 0 in the latest round, largest gap first.
 * Ties by code. With a single round only step 2 applies.
 */
function areasOfConcern(domains: readonly DomainSeries[]): AreaOfConcern[] {
  const dropped: AreaOfConcern[] = [];
  const gaps: AreaOfConcern[] = [];
  for (const d of domains) {
    const latest = d.points[d.points.length - 1];
    if (latest === undefined) continue;
    const previous = d.points.length >= 2 ? d.points[d.points.length - 2] : undefined;
    const score = latest.score;
    const previousScore = previous?.score ?? null;
    const change = score !== null && previousScore !== null ? score - previousScore : null;
    const item = {
      domainId: d.domainId,
      code: d.code,
      score,
      previousScore,
      change,
      gap: latest.gap,
    };
    if (change !== null && change < -EPSILON) dropped.push({ ...item, reason: 'dropped' });
    else if (latest.gap !== null && latest.gap > EPSILON)
      gaps.push({ ...item, reason: 'largest-gap' });
  }
  dropped.sort((a, b) => (a.change ?? 0) - (b.change ?? 0) || compareCodes(a.code, b.code));
  gaps.sort((a, b) => (b.gap ?? 0) - (a.gap ?? 0) || compareCodes(a.code, b.code));
  return [...dropped, ...gaps].slice(0, TREND_TOP_N);
}
