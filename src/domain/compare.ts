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
  return describeFinite(finite, n);
}

/** describe() of the first `n` values of `values`, all finite (the callers keep out the rest); sorts them in place. */
function describeFinite(values: Float64Array, n: number): Stats | null {
  if (n === 0) return null;
  const sorted = (n === values.length ? values : values.subarray(0, n)).sort();
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

/** What a criterion's distribution gathers while the rounds pass by. */
interface CriterionTally {
  readonly levels: Float64Array;
  levelCount: number;
  readonly normalised: Float64Array;
  normalisedCount: number;
  readonly levelCounts: Map<number, number>;
  readonly reasons: Map<string, { reason: string; count: number }>;
  notApplicable: number;
  unanswered: number;
  belowNorm: number;
  norm: number;
  scaleMin: number;
  scaleMax: number;
}

export function distributions(
  framework: ScoringFramework,
  scored: readonly ScoredRound[],
): Distributions {
  const n = scored.length;
  const domainScores = framework.domains.map(() => ({ values: new Float64Array(n), count: 0 }));
  const notScored = framework.domains.map(() => 0);
  const tallies: CriterionTally[][] = framework.domains.map((domain) =>
    domain.criteria.map(() => ({
      levels: new Float64Array(n),
      levelCount: 0,
      normalised: new Float64Array(n),
      normalisedCount: 0,
      levelCounts: new Map<number, number>(),
      reasons: new Map<string, { reason: string; count: number }>(),
      notApplicable: 0,
      unanswered: 0,
      belowNorm: 0,
      norm: framework.normLevel ?? 0,
      scaleMin: 0,
      scaleMax: 0,
    })),
  );
  // An N/A reason, trimmed with its spaces folded, and its group key: worked out once per
  // distinct text (a set repeats a handful of reasons hundreds of times).
  const cleaned = new Map<string, { text: string; key: string }>();

  // Round by round (each round's criterion results lie together in memory), not criterion by
  // criterion across 500 rounds; the values reach each criterion in the same order either way.
  for (const s of scored) {
    framework.domains.forEach((domain, di) => {
      const result = s.result.domains[di];
      const score = result?.score ?? null;
      if (score === null) notScored[di]! += 1;
      else if (Number.isFinite(score)) {
        const d = domainScores[di]!;
        d.values[d.count++] = score;
      }
      if (!result) return;
      const domainTallies = tallies[di]!;
      domain.criteria.forEach((criterion, ci) => {
        const c = result.criteria[ci];
        if (!c) return;
        const t = domainTallies[ci]!;
        t.norm = c.norm;
        t.scaleMin = c.scaleMin;
        t.scaleMax = c.scaleMax;
        if (c.status === 'not-applicable') {
          t.notApplicable += 1;
          const raw = s.round.answers[criterion.id]?.naReason ?? '';
          let reason = cleaned.get(raw);
          if (!reason) {
            const text = raw.trim().replace(/\s+/g, ' ');
            reason = { text, key: text.toLowerCase() };
            cleaned.set(raw, reason);
          }
          const known = t.reasons.get(reason.key);
          if (known) known.count += 1;
          else t.reasons.set(reason.key, { reason: reason.text, count: 1 });
        } else if (c.status === 'unanswered') t.unanswered += 1;
        if (c.level !== null) {
          if (Number.isFinite(c.level)) t.levels[t.levelCount++] = c.level;
          t.levelCounts.set(c.level, (t.levelCounts.get(c.level) ?? 0) + 1);
        }
        if (c.normalisedScore !== null && Number.isFinite(c.normalisedScore)) {
          t.normalised[t.normalisedCount++] = c.normalisedScore;
        }
        if (c.atOrAboveNorm === false) t.belowNorm += 1;
      });
    });
  }

  const domains = framework.domains.map((domain, di) => {
    const d = domainScores[di]!;
    return {
      domainId: domain.id,
      code: domain.code,
      stats: describeFinite(d.values, d.count),
      notScored: notScored[di]!,
    };
  });
  const criteria: CriterionDistribution[] = [];
  framework.domains.forEach((domain, di) => {
    domain.criteria.forEach((criterion, ci) => {
      const t = tallies[di]![ci]!;
      criteria.push({
        criterionId: criterion.id,
        code: criterion.code,
        domainId: domain.id,
        stats: describeFinite(t.levels, t.levelCount),
        normalisedStats: describeFinite(t.normalised, t.normalisedCount),
        levelCounts: t.levelCounts,
        notApplicable: t.notApplicable,
        unanswered: t.unanswered,
        belowNorm: t.belowNorm,
        norm: t.norm,
        scaleMin: t.scaleMin,
        scaleMax: t.scaleMax,
        naReasons: [...t.reasons.values()].sort(
          (a, b) => b.count - a.count || a.reason.localeCompare(b.reason, 'nl'),
        ),
      });
    });
  });

  return {
    facilities: n,
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
