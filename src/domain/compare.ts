/**
 * Comparison of many facilities (issue 12): choose a set of rounds, score them with the one
 * scoring module (never a second copy of the rules), and aggregate: heatmap rows, ranking,
 * distributions, commonly weak criteria, side by side, the sector over time, aliases and the
 * anonymous sector benchmark with small-cell suppression.
 *
 * Pure functions only. Every facility is scored on its own (scoreAssessment), so adding or
 * removing a facility can change ranks and distributions, never another facility's score.
 */
import {
  compareCodes,
  createScorer,
  type AssessmentResult,
  type ScoringAnswer,
  type ScoringFramework,
} from './scoring';

// ---------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------

export interface CompareFacility {
  readonly id: string;
  readonly name: string;
  /** Short code shown instead of the name where one exists (facility alias or import code). */
  readonly code: string;
  readonly type: string;
  readonly region: string;
  readonly imported: boolean;
  readonly demo: boolean;
}

export interface CompareAnswer extends ScoringAnswer {
  readonly naReason?: string | undefined;
}

export interface CompareRound {
  readonly id: string;
  readonly facilityId: string;
  readonly frameworkId: string;
  readonly frameworkVersion: string;
  readonly periodLabel: string;
  readonly status: string;
  /** ISO datetime; orders rounds and periods. */
  readonly createdAt: string;
  readonly answers: Readonly<Record<string, CompareAnswer | undefined>>;
}

export type OriginFilter = 'all' | 'own' | 'imported';
export type StatusFilter = 'finalised' | 'all';

export interface SetFilter {
  readonly frameworkId: string;
  readonly frameworkVersion: string;
  /** Empty: every type. */
  readonly types: readonly string[];
  /** Empty: every region. */
  readonly regions: readonly string[];
  /** Period labels; empty: every period. */
  readonly periods: readonly string[];
  readonly status: StatusFilter;
  readonly origin: OriginFilter;
  /** true (default): only the latest round per facility among the rounds that pass the filter. */
  readonly latestOnly: boolean;
}

export function defaultFilter(frameworkId: string, frameworkVersion: string): SetFilter {
  return {
    frameworkId,
    frameworkVersion,
    types: [],
    regions: [],
    periods: [],
    status: 'finalised',
    origin: 'all',
    latestOnly: true,
  };
}

export const FINALISED_STATUS = 'afgerond';
/** Below this share of answered (or N/A) criteria a facility is listed apart, not ranked. */
export const DEFAULT_COMPLETENESS_THRESHOLD = 0.8;
/** Benchmark groups smaller than this are suppressed. */
export const MIN_GROUP_SIZE = 5;

// ---------------------------------------------------------------------------------------------
// Choosing a set
// ---------------------------------------------------------------------------------------------

export interface SelectedRound {
  readonly facility: CompareFacility;
  readonly round: CompareRound;
}

const byCreated = (a: CompareRound, b: CompareRound) =>
  Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Whether a round passes every filter except "latest only". Never mixes framework versions. */
function passes(filter: SetFilter, facility: CompareFacility, round: CompareRound): boolean {
  if (round.frameworkId !== filter.frameworkId) return false;
  if (round.frameworkVersion !== filter.frameworkVersion) return false;
  if (filter.status === 'finalised' && round.status !== FINALISED_STATUS) return false;
  if (filter.origin === 'own' && facility.imported) return false;
  if (filter.origin === 'imported' && !facility.imported) return false;
  if (filter.types.length > 0 && !filter.types.includes(facility.type)) return false;
  if (filter.regions.length > 0 && !filter.regions.includes(facility.region)) return false;
  if (filter.periods.length > 0 && !filter.periods.includes(round.periodLabel)) return false;
  return true;
}

/**
 * The rounds of the set, ordered by facility id then round date. With `latestOnly`, one round
 * per facility: its latest (createdAt) among those that pass the filters.
 */
export function chooseSet(
  facilities: readonly CompareFacility[],
  rounds: readonly CompareRound[],
  filter: SetFilter,
): SelectedRound[] {
  const byId = new Map(facilities.map((f) => [f.id, f]));
  const perFacility = new Map<string, CompareRound[]>();
  for (const round of rounds) {
    const facility = byId.get(round.facilityId);
    if (!facility || !passes(filter, facility, round)) continue;
    const list = perFacility.get(facility.id);
    if (list) list.push(round);
    else perFacility.set(facility.id, [round]);
  }
  const out: SelectedRound[] = [];
  for (const id of [...perFacility.keys()].sort(compareIds)) {
    const facility = byId.get(id)!;
    const list = perFacility.get(id)!.sort(byCreated);
    const chosen = filter.latestOnly ? list.slice(-1) : list;
    for (const round of chosen) out.push({ facility, round });
  }
  return out;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Distinct period labels of the rounds on one framework version, oldest first. */
export function periodsOf(
  rounds: readonly CompareRound[],
  frameworkId: string,
  frameworkVersion: string,
): string[] {
  const first = new Map<string, number>();
  for (const r of rounds) {
    if (r.frameworkId !== frameworkId || r.frameworkVersion !== frameworkVersion) continue;
    const at = Date.parse(r.createdAt);
    const known = first.get(r.periodLabel);
    if (known === undefined || at < known) first.set(r.periodLabel, at);
  }
  return [...first.entries()]
    .sort((a, b) => a[1] - b[1] || compareCodes(a[0], b[0]))
    .map(([label]) => label);
}

// ---------------------------------------------------------------------------------------------
// Scoring the set
// ---------------------------------------------------------------------------------------------

export interface ScoredRound {
  readonly facility: CompareFacility;
  readonly round: CompareRound;
  readonly result: AssessmentResult;
}

/** Scores each round on its own with the app's one scoring function. */
export function scoreSet(
  framework: ScoringFramework,
  selection: readonly SelectedRound[],
  cache?: Map<string, AssessmentResult>,
): ScoredRound[] {
  const score = roundScorer(framework, cache);
  return selection.map(({ facility, round }) => ({ facility, round, result: score(round) }));
}

/**
 * scoreAssessment for many rounds (one scorer: the framework's part is worked out once),
 * remembered per round id in `cache` (when given): the views score the same rounds for the set
 * and for the over-time series, and scoring is the costly part.
 */
export function roundScorer(
  framework: ScoringFramework,
  cache?: Map<string, AssessmentResult>,
): (round: CompareRound) => AssessmentResult {
  let scorer: ((answers: CompareRound['answers']) => AssessmentResult) | undefined;
  return (round) => {
    const known = cache?.get(round.id);
    if (known) return known;
    scorer ??= createScorer(framework);
    const result = scorer(round.answers);
    cache?.set(round.id, result);
    return result;
  };
}

// ---------------------------------------------------------------------------------------------
// Aliases
// ---------------------------------------------------------------------------------------------

/** "A".."Z", "AA".."AZ", "BA", … (bijective base 26). */
export function aliasLetters(index: number): string {
  let n = Math.floor(index) + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * Alias letters per facility id, in id order: the same set of facilities always gets the same
 * aliases, whatever the order rows arrive in or the filter that produced them.
 */
export function assignAliases(facilityIds: Iterable<string>): Map<string, string> {
  const ids = [...new Set(facilityIds)].sort(compareIds);
  return new Map(ids.map((id, i) => [id, aliasLetters(i)]));
}

// ---------------------------------------------------------------------------------------------
// Statistics
// ---------------------------------------------------------------------------------------------

export interface Stats {
  readonly count: number;
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
}

/** Quantile by linear interpolation between order statistics (R type 7, spreadsheets' QUARTILE). */
function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  // Clamped between its neighbours, so floating-point noise never leaves [min, max].
  return Math.min(Math.max(a + (b - a) * (pos - lo), Math.min(a, b)), Math.max(a, b));
}

/** Count, min, quartiles, median and max of finite values; null for an empty list. */
export function describe(values: readonly number[]): Stats | null {
  // A typed array sorts numerically without a comparator call per pair: a comparison describes
  // some 150 lists of up to 1,000 values, and the comparator sort was its costliest step.
  const finite = new Float64Array(values.length);
  let n = 0;
  for (const v of values) if (Number.isFinite(v)) finite[n++] = v;
  if (n === 0) return null;
  const sorted = (n === values.length ? finite : finite.subarray(0, n)).sort();
  return {
    count: n,
    min: sorted[0]!,
    q1: quantileSorted(sorted, 0.25),
    median: quantileSorted(sorted, 0.5),
    q3: quantileSorted(sorted, 0.75),
    max: sorted[n - 1]!,
  };
}

// ---------------------------------------------------------------------------------------------
// Heatmap and ranking
// ---------------------------------------------------------------------------------------------

export interface HeatCell {
  readonly domainId: string;
  readonly score: number | null;
  /** 0..1 */
  readonly completeness: number;
  readonly lowCompleteness: boolean;
}

export interface HeatRow {
  readonly facilityId: string;
  readonly roundId: string;
  readonly overall: number | null;
  readonly completeness: number;
  readonly lowCompleteness: boolean;
  /** In framework domain order. */
  readonly cells: readonly HeatCell[];
}

export function heatmap(
  scored: readonly ScoredRound[],
  threshold = DEFAULT_COMPLETENESS_THRESHOLD,
): HeatRow[] {
  return scored.map(({ facility, round, result }) => ({
    facilityId: facility.id,
    roundId: round.id,
    overall: result.overall.score,
    completeness: result.overall.completeness.ratio,
    lowCompleteness: result.overall.completeness.ratio < threshold,
    cells: result.domains.map((d) => ({
      domainId: d.domainId,
      score: d.score,
      completeness: d.completeness.ratio,
      lowCompleteness: d.completeness.ratio < threshold,
    })),
  }));
}

export interface RankEntry {
  readonly facilityId: string;
  readonly roundId: string;
  /** Competition ranking ("1, 2, 2, 4"); null for facilities listed apart. */
  readonly rank: number | null;
  /** True when another ranked facility has the same rank. */
  readonly tied: boolean;
  readonly score: number | null;
  readonly completeness: number;
  readonly pctAtOrAboveNorm: number | null;
}

export interface Ranking {
  /** Best to worst. */
  readonly ranked: readonly RankEntry[];
  /** Below the completeness threshold or without any scored criterion: not ranked. */
  readonly apart: readonly RankEntry[];
}

/**
 * Best to worst by overall score. Equal scores share a rank (competition ranking) and are
 * listed in facility id order, so ties never depend on input order. Scores are compared after
 * rounding to 1e-9 so floating-point noise does not break a real tie.
 */
export function rank(
  scored: readonly ScoredRound[],
  threshold = DEFAULT_COMPLETENESS_THRESHOLD,
): Ranking {
  const entries = scored.map(({ facility, round, result }) => ({
    facilityId: facility.id,
    roundId: round.id,
    score: result.overall.score,
    completeness: result.overall.completeness.ratio,
    pctAtOrAboveNorm: result.overall.pctAtOrAboveNorm,
  }));
  const key = (score: number) => Math.round(score * 1e9);
  const eligible = entries
    .filter((e) => e.score !== null && e.completeness >= threshold)
    .sort((a, b) => key(b.score!) - key(a.score!) || compareIds(a.facilityId, b.facilityId));
  const counts = new Map<number, number>();
  for (const e of eligible) counts.set(key(e.score!), (counts.get(key(e.score!)) ?? 0) + 1);
  const ranked: RankEntry[] = [];
  let previousKey: number | null = null;
  let currentRank = 0;
  eligible.forEach((e, i) => {
    const k = key(e.score!);
    if (k !== previousKey) currentRank = i + 1;
    previousKey = k;
    ranked.push({ ...e, rank: currentRank, tied: (counts.get(k) ?? 0) > 1 });
  });
  const apart = entries
    .filter((e) => e.score === null || e.completeness < threshold)
    .sort((a, b) => b.completeness - a.completeness || compareIds(a.facilityId, b.facilityId))
    .map((e) => ({ ...e, rank: null, tied: false }));
  return { ranked, apart };
}

// ---------------------------------------------------------------------------------------------
// Distributions
// ---------------------------------------------------------------------------------------------

export interface DomainDistribution {
  readonly domainId: string;
  readonly code: string;
  /** Over the domain scores (0..100) of the facilities that scored the domain; null when none. */
  readonly stats: Stats | null;
  /** Facilities whose domain had no scored criterion. */
  readonly notScored: number;
}

export interface CriterionDistribution {
  readonly criterionId: string;
  readonly code: string;
  readonly domainId: string;
  /** Over the answered levels (scale values); null when nobody answered. */
  readonly stats: Stats | null;
  /** The same over normalised scores (0..100), comparable between scales. */
  readonly normalisedStats: Stats | null;
  /** Level value → number of facilities at that level, for every level answered. */
  readonly levelCounts: ReadonlyMap<number, number>;
  readonly notApplicable: number;
  readonly unanswered: number;
  /** Scored below the norm. */
  readonly belowNorm: number;
  readonly norm: number;
  readonly scaleMin: number;
  readonly scaleMax: number;
  /** N/A reasons, trimmed and grouped case-insensitively, most frequent first. */
  readonly naReasons: readonly { reason: string; count: number }[];
}

export interface Distributions {
  readonly facilities: number;
  readonly overall: Stats | null;
  readonly domains: readonly DomainDistribution[];
  readonly criteria: readonly CriterionDistribution[];
}

export function distributions(
  framework: ScoringFramework,
  scored: readonly ScoredRound[],
): Distributions {
  const domains = framework.domains.map((domain, di) => {
    const values: number[] = [];
    let notScored = 0;
    for (const s of scored) {
      const score = s.result.domains[di]?.score ?? null;
      if (score === null) notScored += 1;
      else values.push(score);
    }
    return { domainId: domain.id, code: domain.code, stats: describe(values), notScored };
  });

  const criteria: CriterionDistribution[] = [];
  framework.domains.forEach((domain, di) => {
    domain.criteria.forEach((criterion, ci) => {
      const levels: number[] = [];
      const normalised: number[] = [];
      const levelCounts = new Map<number, number>();
      const reasons = new Map<string, { reason: string; count: number }>();
      let notApplicable = 0;
      let unanswered = 0;
      let belowNorm = 0;
      let norm = framework.normLevel ?? 0;
      let scaleMin = 0;
      let scaleMax = 0;
      for (const s of scored) {
        const c = s.result.domains[di]?.criteria[ci];
        if (!c) continue;
        norm = c.norm;
        scaleMin = c.scaleMin;
        scaleMax = c.scaleMax;
        if (c.status === 'not-applicable') {
          notApplicable += 1;
          const text = (s.round.answers[criterion.id]?.naReason ?? '').trim().replace(/\s+/g, ' ');
          const groupKey = text.toLowerCase();
          const known = reasons.get(groupKey);
          if (known) known.count += 1;
          else reasons.set(groupKey, { reason: text, count: 1 });
        } else if (c.status === 'unanswered') unanswered += 1;
        if (c.level !== null) {
          levels.push(c.level);
          levelCounts.set(c.level, (levelCounts.get(c.level) ?? 0) + 1);
        }
        if (c.normalisedScore !== null) normalised.push(c.normalisedScore);
        if (c.atOrAboveNorm === false) belowNorm += 1;
      }
      criteria.push({
        criterionId: criterion.id,
        code: criterion.code,
        domainId: domain.id,
        stats: describe(levels),
        normalisedStats: describe(normalised),
        levelCounts,
        notApplicable,
        unanswered,
        belowNorm,
        norm,
        scaleMin,
        scaleMax,
        naReasons: [...reasons.values()].sort(
          (a, b) => b.count - a.count || a.reason.localeCompare(b.reason, 'nl'),
        ),
      });
    });
  });

  return {
    facilities: scored.length,
    overall: describe(
      scored.flatMap((s) => (s.result.overall.score === null ? [] : [s.result.overall.score])),
    ),
    domains,
    criteria,
  };
}

// ---------------------------------------------------------------------------------------------
// Commonly weak criteria
// ---------------------------------------------------------------------------------------------

export interface WeakCriteria {
  /** Lowest normalised median first; criteria nobody scored are left out. */
  readonly lowestMedian: readonly CriterionDistribution[];
  /** Most facilities below the norm first; only criteria with at least one. */
  readonly mostBelowNorm: readonly CriterionDistribution[];
  /** Most N/A first; only criteria with at least one. */
  readonly mostNotApplicable: readonly CriterionDistribution[];
}

export function weakCriteria(dist: Distributions, limit = 10): WeakCriteria {
  const byCode = (a: CriterionDistribution, b: CriterionDistribution) =>
    compareCodes(a.code, b.code);
  const take = (list: CriterionDistribution[]) => list.slice(0, Math.max(0, limit));
  return {
    lowestMedian: take(
      dist.criteria
        .filter((c) => c.normalisedStats !== null)
        .sort((a, b) => a.normalisedStats!.median - b.normalisedStats!.median || byCode(a, b)),
    ),
    mostBelowNorm: take(
      dist.criteria
        .filter((c) => c.belowNorm > 0)
        .sort((a, b) => b.belowNorm - a.belowNorm || byCode(a, b)),
    ),
    mostNotApplicable: take(
      dist.criteria
        .filter((c) => c.notApplicable > 0)
        .sort((a, b) => b.notApplicable - a.notApplicable || byCode(a, b)),
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Side by side
// ---------------------------------------------------------------------------------------------

export interface SideBySideRow {
  readonly id: string;
  readonly code: string;
  /** Domain rows: score 0..100; criterion rows: the level (null when not scored). */
  readonly values: readonly (number | null)[];
  readonly kind: 'domain' | 'criterion';
  readonly notApplicable: readonly boolean[];
}

export const SIDE_BY_SIDE_MIN = 2;
export const SIDE_BY_SIDE_MAX = 4;

/** Rows per domain (followed by its criteria) for 2–4 chosen rounds, in the order given. */
export function sideBySide(chosen: readonly ScoredRound[]): SideBySideRow[] {
  const first = chosen[0];
  if (!first || chosen.length < SIDE_BY_SIDE_MIN || chosen.length > SIDE_BY_SIDE_MAX) return [];
  const rows: SideBySideRow[] = [];
  first.result.domains.forEach((domain, di) => {
    rows.push({
      id: domain.domainId,
      code: domain.code,
      kind: 'domain',
      values: chosen.map((s) => s.result.domains[di]?.score ?? null),
      notApplicable: chosen.map(() => false),
    });
    domain.criteria.forEach((criterion, ci) => {
      const cells = chosen.map((s) => s.result.domains[di]?.criteria[ci]);
      rows.push({
        id: criterion.criterionId,
        code: criterion.code,
        kind: 'criterion',
        values: cells.map((c) => c?.level ?? null),
        notApplicable: cells.map((c) => c?.status === 'not-applicable'),
      });
    });
  });
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Over time
// ---------------------------------------------------------------------------------------------

export interface PeriodPoint {
  readonly period: string;
  /** Facilities contributing to this period. */
  readonly facilities: number;
  readonly overallMedian: number | null;
  /** Domain id → median domain score (null when no facility scored it). */
  readonly domainMedians: ReadonlyMap<string, number | null>;
}

/**
 * The sector median per domain per period, over the facilities that have rounds in at least
 * two periods on this framework version (a facility's latest round within a period counts).
 * `rounds` are the rounds of the set with every filter but "latest only" applied.
 */
export function overTime(
  framework: ScoringFramework,
  rounds: readonly SelectedRound[],
  cache?: Map<string, AssessmentResult>,
): PeriodPoint[] {
  const periodStart = new Map<string, number>();
  const perFacility = new Map<string, Map<string, CompareRound>>();
  for (const { facility, round } of rounds) {
    const at = Date.parse(round.createdAt);
    const start = periodStart.get(round.periodLabel);
    if (start === undefined || at < start) periodStart.set(round.periodLabel, at);
    const periods = perFacility.get(facility.id) ?? new Map<string, CompareRound>();
    perFacility.set(facility.id, periods);
    const known = periods.get(round.periodLabel);
    if (!known || byCreated(known, round) < 0) periods.set(round.periodLabel, round);
  }
  const periods = [...periodStart.entries()]
    .sort((a, b) => a[1] - b[1] || compareCodes(a[0], b[0]))
    .map(([label]) => label);
  const score = roundScorer(framework, cache);
  return periods.flatMap((period) => {
    const results: AssessmentResult[] = [];
    for (const perPeriod of perFacility.values()) {
      if (perPeriod.size < 2) continue;
      const round = perPeriod.get(period);
      if (round) results.push(score(round));
    }
    if (results.length === 0) return [];
    return [
      {
        period,
        facilities: results.length,
        overallMedian:
          describe(results.flatMap((r) => (r.overall.score === null ? [] : [r.overall.score])))
            ?.median ?? null,
        domainMedians: new Map(
          framework.domains.map((d, di) => [
            d.id,
            describe(
              results.flatMap((r) => {
                const score = r.domains[di]?.score ?? null;
                return score === null ? [] : [score];
              }),
            )?.median ?? null,
          ]),
        ),
      },
    ];
  });
}

// ---------------------------------------------------------------------------------------------
// Sector benchmark (anonymous, small cells suppressed)
// ---------------------------------------------------------------------------------------------

export interface BenchmarkGroup {
  /** Null when fewer than MIN_GROUP_SIZE facilities contribute (suppressed). */
  readonly stats: Stats | null;
}

export interface Benchmark {
  readonly frameworkId: string;
  readonly frameworkVersion: string;
  readonly scoringMethodVersion: string;
  readonly facilityCount: number;
  readonly overall: Stats | null;
  readonly domains: readonly { domainId: string; stats: Stats | null }[];
  /** Criterion stats are over levels on the criterion's scale. */
  readonly criteria: readonly { criterionId: string; stats: Stats | null }[];
}

/** A distribution is shown only when at least `minGroup` facilities contribute to it. */
export function suppress(stats: Stats | null, minGroup = MIN_GROUP_SIZE): Stats | null {
  return stats !== null && stats.count >= minGroup ? stats : null;
}

/**
 * The set's distributions only: no facility names, codes or ids, no per-level counts (a level
 * held by one facility would point at it), and every group under `minGroup` suppressed. When
 * the whole set is smaller than `minGroup`, nothing but the framework version is given.
 */
export function buildBenchmark(
  framework: ScoringFramework,
  scoringMethodVersion: string,
  dist: Distributions,
  minGroup = MIN_GROUP_SIZE,
): Benchmark {
  const small = dist.facilities < minGroup;
  return {
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    scoringMethodVersion,
    // The size of a small set is itself a small cell.
    facilityCount: small ? 0 : dist.facilities,
    overall: small ? null : suppress(dist.overall, minGroup),
    domains: dist.domains.map((d) => ({
      domainId: d.domainId,
      stats: small ? null : suppress(d.stats, minGroup),
    })),
    criteria: dist.criteria.map((c) => ({
      criterionId: c.criterionId,
      stats: small ? null : suppress(c.stats, minGroup),
    })),
  };
}

export type Position = 'below-q1' | 'q1-median' | 'median-q3' | 'above-q3';

/** Where a value stands against a distribution's quartiles. */
export function position(value: number, stats: Stats): Position {
  if (value < stats.q1) return 'below-q1';
  if (value < stats.median) return 'q1-median';
  if (value <= stats.q3) return 'median-q3';
  return 'above-q3';
}

export interface VersionCount {
  frameworkId: string;
  frameworkVersion: string;
  rounds: number;
}

/** The framework versions rounds were made on, most rounds first (the comparison's default). */
export function countVersions(
  rounds: readonly { frameworkId: string; frameworkVersion: string }[],
): VersionCount[] {
  const counts = new Map<string, VersionCount>();
  for (const r of rounds) {
    const key = `${r.frameworkId}@${r.frameworkVersion}`;
    const known = counts.get(key);
    if (known) known.rounds += 1;
    else
      counts.set(key, {
        frameworkId: r.frameworkId,
        frameworkVersion: r.frameworkVersion,
        rounds: 1,
      });
  }
  return [...counts.values()].sort(
    (a, b) =>
      b.rounds - a.rounds ||
      a.frameworkId.localeCompare(b.frameworkId) ||
      a.frameworkVersion.localeCompare(b.frameworkVersion),
  );
}
