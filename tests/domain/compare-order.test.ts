// Orders, boundaries and tolerances of the comparison (src/domain/compare.ts) that callers rely
// on: which round counts as a facility's latest, how periods, rankings and weak criteria are
// ordered whatever order the rounds arrive in, and where the completeness and group-size limits
// fall. Every figure is worked out inside its test.
import { describe as group, expect, it } from 'vitest';
import {
  buildBenchmark,
  chooseSet,
  defaultFilter,
  describe,
  distributions,
  heatmap,
  overTime,
  periodsOf,
  position,
  rank,
  roundScorer,
  scoreSet,
  sideBySide,
  suppress,
  weakCriteria,
  type CompareAnswer,
  type CompareRound,
  type CriterionDistribution,
  type Distributions,
  type ScoredRound,
  type SelectedRound,
} from '../../src/domain/compare';
import { FW, fac, full, lv, na } from './compare-fixture';
import {
  createScorer,
  type AssessmentResult,
  type ScoringFramework,
} from '../../src/domain/scoring';

// The same framework cut short: D1 with C1 only, no D2 (a result scored on it lacks the rest).
const SHORT: ScoringFramework = {
  ...FW,
  domains: [{ id: 'd1', code: 'D1', criteria: [{ id: 'c1', code: 'C1', weight: 1 }] }],
};

let seq = 0;
const round = (
  facilityId: string,
  answers: Record<string, CompareAnswer>,
  extra: Partial<CompareRound> = {},
): CompareRound => ({
  id: `r${String(++seq).padStart(4, '0')}`,
  facilityId,
  frameworkId: 'fw',
  frameworkVersion: '1.0.0',
  periodLabel: '2025',
  status: 'afgerond',
  createdAt: '2025-06-01T00:00:00.000Z',
  answers,
  ...extra,
});

const ids = (list: readonly { round: CompareRound }[]) => list.map((s) => s.round.id);
const filter = defaultFilter('fw', '1.0.0');

/** Scores rounds in the order given (no chooseSet, so the order can be anything). */
const scoreAll = (rounds: CompareRound[], framework = FW): ScoredRound[] =>
  rounds.map((r) => ({
    facility: fac(r.facilityId),
    round: r,
    result: createScorer(framework)(r.answers),
  }));

group('defaultFilter and chooseSet', () => {
  it('defaults to finalised rounds of any origin, type, region and period, latest only', () => {
    expect(defaultFilter('k', '2.0.0')).toEqual({
      frameworkId: 'k',
      frameworkVersion: '2.0.0',
      types: [],
      regions: [],
      periods: [],
      status: 'finalised',
      origin: 'all',
      latestOnly: true,
    });
  });

  it('leaves out rounds of another framework with the same version number', () => {
    const own = round('a', full(3, 3, 1));
    const other = round('b', full(3, 3, 1), { frameworkId: 'other' });
    expect(ids(chooseSet([fac('a'), fac('b')], [own, other], filter))).toEqual([own.id]);
  });

  it('takes the latest round by date, not the last one given', () => {
    const late = round('a', full(5, 5, 1), { createdAt: '2025-09-01T00:00:00Z' });
    const early = round('a', full(1, 1, 0), { createdAt: '2025-01-01T00:00:00Z' });
    const middle = round('a', full(3, 3, 1), { createdAt: '2025-05-01T00:00:00Z' });
    expect(ids(chooseSet([fac('a')], [late, early, middle], filter))).toEqual([late.id]);
    const all = chooseSet([fac('a')], [late, early, middle], { ...filter, latestOnly: false });
    expect(ids(all)).toEqual([early.id, middle.id, late.id]);
  });

  it('orders rounds made at the same moment by round id', () => {
    const at = { createdAt: '2025-03-01T00:00:00Z' };
    const r = (id: string) => ({ ...round('a', full(3, 3, 1), at), id });
    const rounds = [r('r-c'), r('r-a'), r('r-d'), r('r-b')];
    const all = chooseSet([fac('a')], rounds, { ...filter, latestOnly: false });
    expect(ids(all)).toEqual(['r-a', 'r-b', 'r-c', 'r-d']);
    expect(ids(chooseSet([fac('a')], rounds, filter))).toEqual(['r-d']);
  });

  it('lists facilities in id order whatever order their rounds arrive in', () => {
    const rounds = ['c', 'a', 'd', 'b'].map((f) => round(f, full(3, 3, 1)));
    const set = chooseSet(
      ['a', 'b', 'c', 'd'].map((f) => fac(f)),
      rounds,
      filter,
    );
    expect(set.map((s) => s.facility.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

group('periodsOf', () => {
  it('keeps only the rounds of the given framework id and version', () => {
    const rounds = [
      round('a', {}, { periodLabel: 'P1' }),
      round('a', {}, { periodLabel: 'P2', frameworkId: 'other' }),
      round('a', {}, { periodLabel: 'P3', frameworkVersion: '2.0.0' }),
      round('a', {}, { periodLabel: 'P4', frameworkId: 'other', frameworkVersion: '2.0.0' }),
    ];
    expect(periodsOf(rounds, 'fw', '1.0.0')).toEqual(['P1']);
  });

  it('orders periods by their earliest round, whatever the input order', () => {
    const at = (periodLabel: string, createdAt: string) =>
      round('a', {}, { periodLabel, createdAt });
    // The earliest round of 2024 comes first, then a later one of the same period.
    expect(
      periodsOf(
        [
          at('2024', '2024-01-01T00:00:00Z'),
          at('2025', '2025-01-01T00:00:00Z'),
          at('2024', '2026-01-01T00:00:00Z'),
        ],
        'fw',
        '1.0.0',
      ),
    ).toEqual(['2024', '2025']);
    // The earliest round of 2024 comes last.
    expect(
      periodsOf(
        [
          at('2025', '2025-01-01T00:00:00Z'),
          at('2024', '2026-01-01T00:00:00Z'),
          at('2024', '2024-01-01T00:00:00Z'),
        ],
        'fw',
        '1.0.0',
      ),
    ).toEqual(['2024', '2025']);
  });

  it('orders periods that start at the same moment by label, numbers naturally', () => {
    const at = (periodLabel: string) =>
      round('a', {}, { periodLabel, createdAt: '2025-01-01T00:00:00Z' });
    expect(periodsOf([at('Q10'), at('Q2'), at('Q1')], 'fw', '1.0.0')).toEqual(['Q1', 'Q2', 'Q10']);
  });
});

group('roundScorer', () => {
  it('gives the remembered result for a round id instead of scoring again', () => {
    const r = round('a', full(5, 5, 1));
    const cache = new Map<string, AssessmentResult>();
    const first = roundScorer(FW, cache)(r);
    expect(cache.get(r.id)).toBe(first);
    // A later scorer with the same cache hands out the very same result.
    expect(roundScorer(FW, cache)(r)).toBe(first);
    const set = scoreSet(FW, [{ facility: fac('a'), round: r }], cache);
    expect(set[0]!.result).toBe(first);
  });
});

group('describe', () => {
  it('leaves out values that are not finite', () => {
    expect(describe([3, Number.NaN, 1, Number.POSITIVE_INFINITY, 2])).toEqual({
      count: 3,
      min: 1,
      q1: 1.5,
      median: 2,
      q3: 2.5,
      max: 3,
    });
    expect(describe([Number.NaN])).toBeNull();
  });
});

group('heatmap and ranking', () => {
  it('does not mark completeness exactly at the threshold as low', () => {
    // Overall 2 of 3 answered; D1 1 of 2; D2 complete.
    const set = scoreAll([round('a', { c1: lv(5), c3: lv(1) })]);
    const [row] = heatmap(set, 0.5);
    expect(row!.lowCompleteness).toBe(false);
    expect(row!.cells.map((c) => c.lowCompleteness)).toEqual([false, false]);
    const [atOverall] = heatmap(set, set[0]!.result.overall.completeness.ratio);
    expect(atOverall!.lowCompleteness).toBe(false);
    const [strict] = heatmap(set, 0.6);
    expect(strict!.lowCompleteness).toBe(false);
    expect(strict!.cells.map((c) => c.lowCompleteness)).toEqual([true, false]);
    const [complete] = heatmap(scoreAll([round('b', full(3, 3, 1))]));
    expect(complete!.lowCompleteness).toBe(false);
    expect(complete!.cells.map((c) => c.lowCompleteness)).toEqual([false, false]);
  });

  it('ranks a facility whose completeness equals the threshold', () => {
    const set = scoreAll([round('a', { c1: lv(5), c3: lv(1) })]);
    const ratio = set[0]!.result.overall.completeness.ratio;
    expect(rank(set, ratio).ranked.map((e) => e.facilityId)).toEqual(['a']);
    expect(rank(set, ratio).apart).toEqual([]);
  });

  it('ranks best to worst and ties by facility id, whatever the input order', () => {
    const set = scoreAll([
      round('b', full(3, 3, 1)),
      round('d', full(1, 1, 0)),
      round('e', full(5, 5, 1)),
      round('a', full(3, 3, 1)),
      round('c', full(4, 4, 1)),
    ]);
    expect(rank(set).ranked.map((e) => [e.facilityId, e.rank, e.tied])).toEqual([
      ['e', 1, false],
      ['c', 2, false],
      ['a', 3, true],
      ['b', 3, true],
      ['d', 5, false],
    ]);
  });

  it('lists the unranked most complete first, ties by id, without rank or tie', () => {
    const set = scoreAll([
      round('b', { c1: lv(5) }), // 1 of 3
      round('z', { c1: lv(5), c2: lv(5) }), // 2 of 3
      round('a', { c1: lv(4) }), // 1 of 3
      round('y', { c1: na(), c2: na(), c3: na() }), // complete, nothing scored
    ]);
    const { ranked, apart } = rank(set);
    expect(ranked).toEqual([]);
    expect(apart.map((e) => [e.facilityId, e.rank, e.tied])).toEqual([
      ['y', null, false],
      ['z', null, false],
      ['a', null, false],
      ['b', null, false],
    ]);
  });
});

group('distributions', () => {
  it('lists N/A reasons most frequent first, equal counts alphabetically', () => {
    const set = scoreAll([
      round('a', { c3: na('Zelden') }),
      round('b', { c3: na('Ambulant') }),
      round('c', { c3: na('Geen werking') }),
      round('d', { c3: na('geen werking') }),
      round('e', { c3: na('Beperkt') }),
      round('f', { c3: na() }),
    ]);
    const c3 = distributions(FW, set).criteria.find((c) => c.criterionId === 'c3')!;
    expect(c3.naReasons).toEqual([
      { reason: 'Geen werking', count: 2 },
      { reason: '', count: 1 },
      { reason: 'Ambulant', count: 1 },
      { reason: 'Beperkt', count: 1 },
      { reason: 'Zelden', count: 1 },
    ]);
  });

  it('describes overall scores over the facilities that have one', () => {
    const set = scoreAll([
      round('a', full(5, 5, 1)), // 100
      round('b', { c1: na(), c2: na(), c3: na() }), // no score
      round('c', full(1, 1, 0)), // 0
    ]);
    const dist = distributions(FW, set);
    expect(dist.facilities).toBe(3);
    expect(dist.overall).toEqual({ count: 2, min: 0, q1: 25, median: 50, q3: 75, max: 100 });
  });

  it('leaves unanswered criteria out of the normalised figures', () => {
    const set = scoreAll([round('a', { c1: lv(5) }), round('b', { c1: lv(1), c2: lv(5) })]);
    const c2 = distributions(FW, set).criteria.find((c) => c.criterionId === 'c2')!;
    expect(c2.unanswered).toBe(1);
    expect(c2.stats?.count).toBe(1);
    expect(c2.normalisedStats).toEqual({
      count: 1,
      min: 100,
      q1: 100,
      median: 100,
      q3: 100,
      max: 100,
    });
  });

  it('counts a domain or criterion a result lacks as not scored, without failing', () => {
    // Facility b's result was scored on the short framework: no C2, no D2.
    const set = [
      ...scoreAll([round('a', full(5, 3, 1))]),
      ...scoreAll([round('b', { c1: lv(2), c2: lv(2), c3: lv(1) })], SHORT),
    ];
    const dist = distributions(FW, set);
    expect(dist.domains.map((d) => [d.domainId, d.stats?.count ?? 0, d.notScored])).toEqual([
      ['d1', 2, 0],
      ['d2', 1, 1],
    ]);
    expect(dist.criteria.map((c) => [c.criterionId, c.stats?.count ?? 0])).toEqual([
      ['c1', 2],
      ['c2', 1],
      ['c3', 1],
    ]);
  });
});

/** A criterion distribution with only the figures weakCriteria reads. */
const crit = (
  code: string,
  median: number | null,
  belowNorm: number,
  notApplicable: number,
): CriterionDistribution => ({
  criterionId: code.toLowerCase(),
  code,
  domainId: 'd1',
  stats: null,
  normalisedStats:
    median === null ? null : { count: 1, min: median, q1: median, median, q3: median, max: median },
  levelCounts: new Map(),
  notApplicable,
  unanswered: 0,
  belowNorm,
  norm: 4,
  scaleMin: 1,
  scaleMax: 5,
  naReasons: [],
});

group('weakCriteria', () => {
  const dist: Distributions = {
    facilities: 5,
    overall: null,
    domains: [],
    criteria: [
      crit('C10', 40, 2, 1),
      crit('C3', 80, 0, 0),
      crit('C2', 40, 2, 1),
      crit('C1', 20, 1, 3),
      crit('C4', null, 4, 0),
    ],
  };
  const codes = (list: readonly CriterionDistribution[]) => list.map((c) => c.code);

  it('orders each list worst first, equal figures by code in natural order', () => {
    const weak = weakCriteria(dist);
    expect(codes(weak.lowestMedian)).toEqual(['C1', 'C2', 'C10', 'C3']);
    expect(codes(weak.mostBelowNorm)).toEqual(['C4', 'C2', 'C10', 'C1']);
    expect(codes(weak.mostNotApplicable)).toEqual(['C1', 'C2', 'C10']);
  });

  it('gives at most `limit` criteria per list, none for a limit of zero or below', () => {
    const weak = weakCriteria(dist, 2);
    expect(codes(weak.lowestMedian)).toEqual(['C1', 'C2']);
    expect(codes(weak.mostBelowNorm)).toEqual(['C4', 'C2']);
    expect(codes(weak.mostNotApplicable)).toEqual(['C1', 'C2']);
    expect(weakCriteria(dist, -1)).toEqual({
      lowestMedian: [],
      mostBelowNorm: [],
      mostNotApplicable: [],
    });
  });
});

group('sideBySide', () => {
  it('lines up 2 to 4 rounds and no other number', () => {
    const make = (n: number) =>
      scoreAll(Array.from({ length: n }, () => round('a', full(3, 3, 1))));
    expect(sideBySide(make(4))).toHaveLength(5);
    expect(sideBySide(make(5))).toEqual([]);
    expect(sideBySide(make(1))).toEqual([]);
    expect(sideBySide([])).toEqual([]);
  });

  it('marks domain and criterion rows, domains never N/A', () => {
    const rows = sideBySide(
      scoreAll([round('a', { c1: lv(5), c2: na(), c3: na() }), round('b', full(1, 1, 0))]),
    );
    expect(rows.map((r) => [r.code, r.kind, r.notApplicable])).toEqual([
      ['D1', 'domain', [false, false]],
      ['C1', 'criterion', [false, false]],
      ['C2', 'criterion', [true, false]],
      ['D2', 'domain', [false, false]],
      ['C3', 'criterion', [true, false]],
    ]);
  });

  it('shows an empty cell where a later round lacks the domain or criterion', () => {
    const rows = sideBySide([
      ...scoreAll([round('a', full(5, 3, 1))]),
      ...scoreAll([round('b', { c1: lv(2) })], SHORT),
    ]);
    expect(rows.map((r) => [r.code, r.values, r.notApplicable])).toEqual([
      ['D1', [75, 25], [false, false]],
      ['C1', [5, 2], [false, false]],
      ['C2', [3, null], [false, false]],
      ['D2', [100, null], [false, false]],
      ['C3', [1, null], [false, false]],
    ]);
  });
});

group('overTime', () => {
  const sel = (r: CompareRound): SelectedRound => ({ facility: fac(r.facilityId), round: r });
  const at = (
    facilityId: string,
    periodLabel: string,
    createdAt: string,
    answers: Record<string, CompareAnswer>,
  ) => sel(round(facilityId, answers, { periodLabel, createdAt }));

  it('orders periods by their earliest round, whatever the input order', () => {
    const a2024 = at('a', '2024', '2024-03-01T00:00:00Z', full(1, 1, 0));
    const a2025 = at('a', '2025', '2025-03-01T00:00:00Z', full(5, 5, 1));
    const b2024 = at('b', '2024', '2026-01-01T00:00:00Z', full(3, 3, 1));
    const b2025 = at('b', '2025', '2025-01-01T00:00:00Z', full(3, 3, 1));
    for (const order of [
      [b2024, a2025, a2024, b2025], // 2024's earliest round comes after a later one
      [a2025, a2024, b2025, b2024], // 2024's earliest round comes before a later one
    ]) {
      expect(overTime(FW, order).map((p) => p.period)).toEqual(['2024', '2025']);
    }
  });

  it('orders periods that start together by label, numbers naturally', () => {
    const t = '2025-01-01T00:00:00Z';
    const points = overTime(FW, [
      at('a', 'Q10', t, full(5, 5, 1)),
      at('a', 'Q2', t, full(5, 5, 1)),
      at('a', 'Q1', t, full(5, 5, 1)),
    ]);
    expect(points.map((p) => p.period)).toEqual(['Q1', 'Q2', 'Q10']);
  });

  it("counts a facility's latest round within a period, whatever the input order", () => {
    const base = [
      at('a', '2024', '2024-01-01T00:00:00Z', full(1, 1, 0)),
      at('a', '2025', '2025-06-01T00:00:00Z', full(5, 5, 1)),
    ];
    const latest = at('a', '2025', '2025-09-01T00:00:00Z', full(3, 3, 1)); // D1 50
    const earlier = at('a', '2025', '2025-02-01T00:00:00Z', full(1, 1, 1)); // D1 0
    for (const order of [
      [...base, latest, earlier],
      [latest, ...base, earlier],
      [earlier, latest, ...base],
    ]) {
      const p2025 = overTime(FW, order).find((p) => p.period === '2025')!;
      expect(p2025.facilities).toBe(1);
      expect(p2025.domainMedians.get('d1')).toBe(50);
    }
  });

  it('leaves out periods without a facility that has rounds in two periods', () => {
    const points = overTime(FW, [
      at('a', '2023', '2023-01-01T00:00:00Z', full(1, 1, 0)),
      at('a', '2024', '2024-01-01T00:00:00Z', full(3, 3, 0)),
      at('b', '2024', '2024-02-01T00:00:00Z', full(5, 5, 1)),
      at('b', '2025', '2025-01-01T00:00:00Z', full(5, 5, 1)),
      at('c', '2026', '2026-01-01T00:00:00Z', full(5, 5, 1)), // c: one period only
    ]);
    expect(points.map((p) => [p.period, p.facilities])).toEqual([
      ['2023', 1],
      ['2024', 2],
      ['2025', 1],
    ]);
  });

  it('takes medians over the scored facilities; null where none scored', () => {
    const points = overTime(FW, [
      at('a', '2024', '2024-01-01T00:00:00Z', { c1: na(), c2: na(), c3: na() }),
      at('a', '2025', '2025-01-01T00:00:00Z', full(5, 5, 0)), // overall 67, D1 100, D2 0
      at('b', '2024', '2024-01-01T00:00:00Z', { c1: na(), c2: na(), c3: na() }),
      at('b', '2025', '2025-01-01T00:00:00Z', { c1: lv(1), c2: lv(1), c3: na() }), // D1 0
    ]);
    expect(points[0]!.overallMedian).toBeNull();
    expect([...points[0]!.domainMedians.values()]).toEqual([null, null]);
    expect(points[1]!.facilities).toBe(2);
    expect(points[1]!.domainMedians.get('d1')).toBe(50);
    expect(points[1]!.domainMedians.get('d2')).toBe(0);
    const overall = [points[1]!.overallMedian];
    const a = createScorer(FW)(full(5, 5, 0)).overall.score!;
    expect(overall).toEqual([(a + 0) / 2]);
  });

  it('takes domain medians over the results that have the domain', () => {
    const rounds = [
      at('a', '2024', '2024-01-01T00:00:00Z', full(5, 5, 1)),
      at('a', '2025', '2025-01-01T00:00:00Z', full(5, 5, 1)),
      at('b', '2024', '2024-01-01T00:00:00Z', full(1, 1, 0)),
      at('b', '2025', '2025-01-01T00:00:00Z', full(1, 1, 0)),
    ];
    // b's results were remembered from the short framework: no D2.
    const cache = new Map<string, AssessmentResult>();
    for (const { round: r } of rounds.filter((s) => s.facility.id === 'b')) {
      cache.set(r.id, createScorer(SHORT)(r.answers));
    }
    const points = overTime(FW, rounds, cache);
    expect(points.map((p) => [p.domainMedians.get('d1'), p.domainMedians.get('d2')])).toEqual([
      [50, 100],
      [50, 100],
    ]);
  });
});

group('benchmark boundaries', () => {
  it('shows a group of exactly the minimum size', () => {
    const s = describe([1, 2, 3, 4, 5])!;
    expect(suppress(s)).toBe(s);
    expect(suppress(describe([1, 2, 3, 4]))).toBeNull();
    expect(suppress(s, 6)).toBeNull();
  });

  it('gives figures for a set of exactly the minimum size', () => {
    const set = scoreAll(['a', 'b', 'c', 'd', 'e'].map((f) => round(f, full(3, 3, 1))));
    const bench = buildBenchmark(FW, '1.0.0', distributions(FW, set));
    expect(bench.facilityCount).toBe(5);
    expect(bench.overall?.count).toBe(5);
    expect(bench.domains.map((d) => d.stats?.count)).toEqual([5, 5]);
  });

  it('places a value equal to the first quartile above it', () => {
    const s = describe([0, 25, 50, 75, 100])!;
    expect(position(25, s)).toBe('q1-median');
    expect(position(24.9, s)).toBe('below-q1');
  });
});
