import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import {
  aliasLetters,
  assignAliases,
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
  scoreSet,
  sideBySide,
  weakCriteria,
  type CompareAnswer,
  type CompareFacility,
  type CompareRound,
  type ScoredRound,
  countVersions,
} from '../../src/domain/compare';
import { FW, fac, full, lv, na } from './compare-fixture';

let seq = 0;
const round = (
  facilityId: string,
  answers: Record<string, CompareAnswer>,
  extra: Partial<CompareRound> = {},
): CompareRound => ({
  id: `r${++seq}`,
  facilityId,
  frameworkId: 'fw',
  frameworkVersion: '1.0.0',
  periodLabel: '2025',
  status: 'afgerond',
  createdAt: '2025-06-01T00:00:00.000Z',
  answers,
  ...extra,
});

const filter = defaultFilter('fw', '1.0.0');

function scored(rounds: CompareRound[], facilities?: CompareFacility[]): ScoredRound[] {
  const facs = facilities ?? [...new Set(rounds.map((r) => r.facilityId))].map((id) => fac(id));
  return scoreSet(FW, chooseSet(facs, rounds, filter));
}

group('chooseSet', () => {
  it('keeps one framework version, finalised rounds and the latest round per facility', () => {
    const old = round('a', full(1, 1, 0), {
      createdAt: '2024-01-01T00:00:00Z',
      periodLabel: '2024',
    });
    const latest = round('a', full(5, 5, 1));
    const concept = round('a', full(2, 2, 0), {
      status: 'concept',
      createdAt: '2026-01-01T00:00:00Z',
    });
    const otherVersion = round('b', full(3, 3, 1), { frameworkVersion: '2.0.0' });
    const set = chooseSet([fac('a'), fac('b')], [old, latest, concept, otherVersion], filter);
    expect(set.map((s) => s.round.id)).toEqual([latest.id]);
    const all = chooseSet([fac('a')], [old, latest, concept], {
      ...filter,
      status: 'all',
      latestOnly: false,
    });
    expect(all.map((s) => s.round.id)).toEqual([old.id, latest.id, concept.id]);
  });

  it('filters by type, region, period and origin', () => {
    const facilities = [
      fac('a', { type: 'vaph', region: 'limburg' }),
      fac('b', { type: 'other', region: 'antwerpen', imported: true }),
    ];
    const rounds = [round('a', full(3, 3, 1)), round('b', full(3, 3, 1), { periodLabel: '2026' })];
    const ids = (f: Partial<typeof filter>) =>
      chooseSet(facilities, rounds, { ...filter, ...f }).map((s) => s.facility.id);
    expect(ids({})).toEqual(['a', 'b']);
    expect(ids({ types: ['other'] })).toEqual(['b']);
    expect(ids({ regions: ['limburg'] })).toEqual(['a']);
    expect(ids({ periods: ['2026'] })).toEqual(['b']);
    expect(ids({ origin: 'own' })).toEqual(['a']);
    expect(ids({ origin: 'imported' })).toEqual(['b']);
    expect(periodsOf(rounds, 'fw', '1.0.0').sort()).toEqual(['2025', '2026']);
  });

  it('gives an empty set, and empty aggregates, when nothing matches', () => {
    const set = scored([]);
    expect(set).toEqual([]);
    expect(rank(set)).toEqual({ ranked: [], apart: [] });
    const dist = distributions(FW, set);
    expect(dist.overall).toBeNull();
    expect(dist.domains.every((d) => d.stats === null)).toBe(true);
    expect(weakCriteria(dist)).toEqual({
      lowestMedian: [],
      mostBelowNorm: [],
      mostNotApplicable: [],
    });
    expect(overTime(FW, [])).toEqual([]);
    const bench = buildBenchmark(FW, '1.0.0', dist);
    expect(bench.facilityCount).toBe(0);
  });
});

group('describe', () => {
  it('gives quartiles by interpolation', () => {
    expect(describe([1, 2, 3, 4])).toEqual({
      count: 4,
      min: 1,
      q1: 1.75,
      median: 2.5,
      q3: 3.25,
      max: 4,
    });
    expect(describe([7])).toEqual({ count: 1, min: 7, q1: 7, median: 7, q3: 7, max: 7 });
    expect(describe([])).toBeNull();
  });

  it('keeps the median and quartiles between min and max, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1 }),
        (values) => {
          const s = describe(values)!;
          expect(s.min).toBeLessThanOrEqual(s.q1);
          expect(s.q1).toBeLessThanOrEqual(s.median);
          expect(s.median).toBeLessThanOrEqual(s.q3);
          expect(s.q3).toBeLessThanOrEqual(s.max);
          expect(s.count).toBe(values.length);
        },
      ),
    );
  });
});

group('heatmap and ranking', () => {
  it('marks low completeness and ranks best to worst with ties sharing a rank', () => {
    const rounds = [
      round('a', full(5, 5, 1)),
      round('c', full(3, 3, 1)),
      round('b', full(3, 3, 1)),
      round('d', full(1, 1, 0)),
      round('e', { c1: lv(5) }), // 1 of 3 answered
    ];
    const set = scored(rounds);
    const heat = heatmap(set);
    const e = heat.find((r) => r.facilityId === 'e')!;
    expect(e.lowCompleteness).toBe(true);
    expect(e.cells[0]).toMatchObject({ score: 100, completeness: 0.5, lowCompleteness: true });
    expect(e.cells[1]).toMatchObject({ score: null, completeness: 0, lowCompleteness: true });

    const ranking = rank(set);
    expect(ranking.ranked.map((r) => [r.facilityId, r.rank, r.tied])).toEqual([
      ['a', 1, false],
      ['b', 2, true],
      ['c', 2, true],
      ['d', 4, false],
    ]);
    expect(ranking.apart.map((r) => r.facilityId)).toEqual(['e']);
    expect(ranking.ranked[0]!.pctAtOrAboveNorm).toBe(100);
    expect(ranking.ranked[3]!.pctAtOrAboveNorm).toBe(0);
  });

  it('ranks a single facility first and puts one without any score apart', () => {
    expect(rank(scored([round('a', full(2, 2, 0))])).ranked.map((r) => r.rank)).toEqual([1]);
    const allNa = scored([round('a', { c1: na('x'), c2: na('x'), c3: na('x') })]);
    const r = rank(allNa);
    expect(r.ranked).toEqual([]);
    expect(r.apart.map((e) => [e.facilityId, e.score, e.completeness])).toEqual([['a', null, 1]]);
  });

  it('honours another threshold', () => {
    const set = scored([round('a', { c1: lv(5), c2: lv(5) })]);
    expect(rank(set).apart).toHaveLength(1);
    expect(rank(set, 0.5).ranked).toHaveLength(1);
  });
});

group('distributions and weak criteria', () => {
  const rounds = [
    round('a', { c1: lv(1), c2: lv(5), c3: na('Geen residentiële werking') }),
    round('b', { c1: lv(2), c2: lv(4), c3: na('geen residentiële  werking ') }),
    round('c', { c1: lv(2), c2: lv(5), c3: na('Niet van toepassing') }),
  ];
  const dist = distributions(FW, scored(rounds));

  it('describes every domain and criterion with counts per level', () => {
    expect(dist.facilities).toBe(3);
    const c1 = dist.criteria.find((c) => c.criterionId === 'c1')!;
    expect(c1.stats).toMatchObject({ min: 1, median: 2, max: 2, count: 3 });
    expect([...c1.levelCounts.entries()].sort()).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(c1.belowNorm).toBe(3);
    const d2 = dist.domains.find((d) => d.domainId === 'd2')!;
    expect(d2.stats).toBeNull();
    expect(d2.notScored).toBe(3);
  });

  it('handles a criterion that is N/A everywhere and groups its reasons', () => {
    const c3 = dist.criteria.find((c) => c.criterionId === 'c3')!;
    expect(c3.stats).toBeNull();
    expect(c3.notApplicable).toBe(3);
    expect(c3.naReasons).toEqual([
      { reason: 'Geen residentiële werking', count: 2 },
      { reason: 'Niet van toepassing', count: 1 },
    ]);
    const weak = weakCriteria(dist);
    expect(weak.lowestMedian.map((c) => c.code)).toEqual(['C1', 'C2']);
    expect(weak.mostBelowNorm.map((c) => [c.code, c.belowNorm])).toEqual([['C1', 3]]);
    expect(weak.mostNotApplicable.map((c) => c.code)).toEqual(['C3']);
  });
});

group('side by side and over time', () => {
  it('lines up 2 to 4 facilities per domain and criterion', () => {
    const set = scored([
      round('a', full(5, 3, 1)),
      round('b', { c1: lv(1), c2: na('x'), c3: lv(0) }),
    ]);
    const rows = sideBySide(set);
    expect(rows.map((r) => r.code)).toEqual(['D1', 'C1', 'C2', 'D2', 'C3']);
    expect(rows[1]!.values).toEqual([5, 1]);
    expect(rows[2]!.notApplicable).toEqual([false, true]);
    expect(rows[3]!.values).toEqual([100, 0]);
    expect(sideBySide(set.slice(0, 1))).toEqual([]);
  });

  it('gives the sector median per period for facilities with several rounds', () => {
    const rounds = [
      round('a', full(1, 1, 0), { periodLabel: '2024', createdAt: '2024-03-01T00:00:00Z' }),
      round('a', full(5, 5, 1), { periodLabel: '2025', createdAt: '2025-03-01T00:00:00Z' }),
      round('b', full(3, 3, 0), { periodLabel: '2024', createdAt: '2024-04-01T00:00:00Z' }),
      round('b', full(5, 5, 1), { periodLabel: '2025', createdAt: '2025-04-01T00:00:00Z' }),
      round('c', full(5, 5, 1), { periodLabel: '2025', createdAt: '2025-04-01T00:00:00Z' }), // one round only
    ];
    const set = chooseSet(
      ['a', 'b', 'c'].map((id) => fac(id)),
      rounds,
      { ...filter, latestOnly: false },
    );
    const points = overTime(FW, set);
    // Scores remembered per round give the same figures as scoring afresh.
    const cache = new Map();
    scoreSet(FW, set, cache);
    expect(overTime(FW, set, cache)).toEqual(points);
    expect(cache.size).toBe(5);
    expect(points.map((p) => [p.period, p.facilities])).toEqual([
      ['2024', 2],
      ['2025', 2],
    ]);
    expect(points[0]!.domainMedians.get('d1')).toBe(25); // (0 + 50) / 2
    expect(points[1]!.domainMedians.get('d1')).toBe(100);
  });
});

group('aliases', () => {
  it('are letters in facility id order, stable for the same set', () => {
    expect([0, 25, 26, 27, 701, 702].map(aliasLetters)).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
      'ZZ',
      'AAA',
    ]);
    const a = assignAliases(['z', 'b', 'm']);
    const b = assignAliases(['m', 'z', 'b', 'b']);
    expect([...a.entries()]).toEqual([...b.entries()]);
    expect(a.get('b')).toBe('A');
  });
});

group('benchmark and position', () => {
  it('suppresses groups under 5 and carries no facility identity', () => {
    const rounds = Array.from({ length: 6 }, (_, i) =>
      round(
        `f${i}`,
        i < 4 ? { c1: lv(i + 1), c2: lv(3), c3: lv(1) } : { c1: lv(5), c2: lv(2), c3: na('x') },
      ),
    );
    const bench = buildBenchmark(FW, '1.0.0', distributions(FW, scored(rounds)));
    expect(bench.facilityCount).toBe(6);
    expect(bench.criteria.find((c) => c.criterionId === 'c1')!.stats?.count).toBe(6);
    expect(bench.criteria.find((c) => c.criterionId === 'c3')!.stats).toBeNull(); // 4 answered
    const text = JSON.stringify(bench);
    for (const id of ['f0', 'Naam', 'K-f']) expect(text).not.toContain(id);
    const small = buildBenchmark(FW, '1.0.0', distributions(FW, scored(rounds.slice(0, 4))));
    expect(small.facilityCount).toBe(0);
    expect(small.domains.every((d) => d.stats === null)).toBe(true);
  });

  it('places a value against the quartiles', () => {
    const s = describe([0, 25, 50, 75, 100])!;
    expect([10, 30, 50, 75, 90].map((v) => position(v, s))).toEqual([
      'below-q1',
      'q1-median',
      'median-q3',
      'median-q3',
      'above-q3',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over random sets
// ---------------------------------------------------------------------------------------------

const answerArb: fc.Arbitrary<CompareAnswer | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('x', 'Geen werking').map((r) => na(r)),
  fc.integer({ min: 0, max: 5 }).map((v) => lv(v)),
);
const roundsArb = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 12 }), answerArb, answerArb, answerArb), {
    maxLength: 25,
  })
  .map((rows) =>
    rows.map(([f, a, b, c], i) =>
      round(
        `f${String(f).padStart(2, '0')}`,
        { ...(a && { c1: a }), ...(b && { c2: b }), ...(c && { c3: c }) },
        {
          createdAt: new Date(Date.UTC(2025, 0, 1 + i)).toISOString(),
        },
      ),
    ),
  );

group('properties', () => {
  it('adding a facility never changes another facility’s score', () => {
    fc.assert(
      fc.property(roundsArb, fc.tuple(answerArb, answerArb, answerArb), (rounds, [a, b, c]) => {
        const before = scored(rounds);
        const extra = round('zz-new', {
          ...(a && { c1: a }),
          ...(b && { c2: b }),
          ...(c && { c3: c }),
        });
        const after = scored([...rounds, extra]);
        for (const s of before) {
          const same = after.find((x) => x.facility.id === s.facility.id)!;
          expect(same.result).toEqual(s.result);
        }
      }),
    );
  });

  it('anonymising changes no number: aliases depend on ids only, figures not on names', () => {
    fc.assert(
      fc.property(roundsArb, (rounds) => {
        const ids = [...new Set(rounds.map((r) => r.facilityId))];
        const named = scored(
          rounds,
          ids.map((id) => fac(id)),
        );
        const aliases = assignAliases(ids);
        const anonymous = scored(
          rounds,
          ids.map((id) => fac(id, { name: `Voorziening ${aliases.get(id)}`, code: '' })),
        );
        expect(rank(anonymous)).toEqual(rank(named));
        expect(heatmap(anonymous)).toEqual(heatmap(named));
        expect(distributions(FW, anonymous)).toEqual(distributions(FW, named));
      }),
    );
  });

  it('distributions agree with counting each criterion across the set on its own', () => {
    // The reference: per criterion, straight over the rounds (how the figures are defined);
    // distributions() gathers them round by round in one pass.
    type Group = { reason: string; count: number };
    const byCount = (a: Group, b: Group) =>
      b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0);
    const reference = (set: readonly ScoredRound[]) =>
      FW.domains.flatMap((domain, di) =>
        domain.criteria.map((criterion, ci) => {
          const cells = set.map((s) => ({ c: s.result.domains[di]!.criteria[ci]!, s }));
          const levels = cells.flatMap(({ c }) => (c.level === null ? [] : [c.level]));
          const counts = new Map<number, number>();
          for (const l of levels) counts.set(l, (counts.get(l) ?? 0) + 1);
          const groups = new Map<string, { reason: string; count: number }>();
          for (const { c, s } of cells) {
            if (c.status !== 'not-applicable') continue;
            const text = (s.round.answers[criterion.id]?.naReason ?? '')
              .trim()
              .replace(/\s+/g, ' ');
            const known = groups.get(text.toLowerCase());
            if (known) known.count += 1;
            else groups.set(text.toLowerCase(), { reason: text, count: 1 });
          }
          return {
            criterionId: criterion.id,
            stats: describe(levels),
            normalisedStats: describe(
              cells.flatMap(({ c }) => (c.normalisedScore === null ? [] : [c.normalisedScore])),
            ),
            levelCounts: [...counts.entries()].sort((a, b) => a[0] - b[0]),
            notApplicable: cells.filter(({ c }) => c.status === 'not-applicable').length,
            unanswered: cells.filter(({ c }) => c.status === 'unanswered').length,
            belowNorm: cells.filter(({ c }) => c.atOrAboveNorm === false).length,
            reasons: [...groups.values()].sort(byCount),
          };
        }),
      );
    const reasonArb = fc
      .constantFrom('x', 'Geen werking', ' geen  werking ', 'GEEN WERKING', '', 'Ambulant')
      .map((r) => na(r));
    const cellArb = fc.oneof(answerArb, reasonArb);
    const setArb = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 30 }), cellArb, cellArb, cellArb), {
        maxLength: 40,
      })
      .map((rows) =>
        rows.map(([f, a, b, c], i) =>
          round(
            `f${String(f).padStart(2, '0')}`,
            { ...(a && { c1: a }), ...(b && { c2: b }), ...(c && { c3: c }) },
            { createdAt: new Date(Date.UTC(2025, 0, 1 + i)).toISOString() },
          ),
        ),
      );
    fc.assert(
      fc.property(setArb, (rounds) => {
        const set = scored(rounds);
        const dist = distributions(FW, set);
        const expected = reference(set);
        expect(
          dist.criteria.map((c) => ({
            criterionId: c.criterionId,
            stats: c.stats,
            normalisedStats: c.normalisedStats,
            levelCounts: [...c.levelCounts.entries()].sort((a, b) => a[0] - b[0]),
            notApplicable: c.notApplicable,
            unanswered: c.unanswered,
            belowNorm: c.belowNorm,
            reasons: c.naReasons.map((r) => ({ ...r })).sort(byCount),
          })),
        ).toEqual(expected);
        expect(dist.domains.map((d) => [d.stats, d.notScored])).toEqual(
          FW.domains.map((_, di) => {
            const scores = set.map((s) => s.result.domains[di]!.score);
            return [
              describe(scores.flatMap((v) => (v === null ? [] : [v]))),
              scores.filter((v) => v === null).length,
            ];
          }),
        );
      }),
    );
  });

  it('suppression never reveals a group under 5', () => {
    fc.assert(
      fc.property(roundsArb, (rounds) => {
        const dist = distributions(FW, scored(rounds));
        const bench = buildBenchmark(FW, '1.0.0', dist);
        const groups = [
          bench.overall,
          ...bench.domains.map((d) => d.stats),
          ...bench.criteria.map((c) => c.stats),
        ];
        for (const g of groups) if (g !== null) expect(g.count).toBeGreaterThanOrEqual(5);
        if (dist.facilities < 5) expect(bench.facilityCount).toBe(0);
      }),
    );
  });

  it('every median lies between its min and max, and ranks run best to worst', () => {
    fc.assert(
      fc.property(roundsArb, (rounds) => {
        const set = scored(rounds);
        const dist = distributions(FW, set);
        for (const s of [
          dist.overall,
          ...dist.domains.map((d) => d.stats),
          ...dist.criteria.map((c) => c.stats),
        ]) {
          if (s) expect(s.min <= s.median && s.median <= s.max).toBe(true);
        }
        const { ranked, apart } = rank(set);
        expect(ranked.length + apart.length).toBe(set.length);
        for (let i = 1; i < ranked.length; i++) {
          expect(ranked[i]!.score!).toBeLessThanOrEqual(ranked[i - 1]!.score! + 1e-9);
          expect(ranked[i]!.rank!).toBeGreaterThanOrEqual(ranked[i - 1]!.rank!);
        }
      }),
    );
  });
});

it('countVersions counts rounds per framework version, most rounds first, ties by id and version', () => {
  const r = (frameworkId: string, frameworkVersion: string) => ({
    frameworkId,
    frameworkVersion,
  });
  expect(
    countVersions([r('k', '1.0.0'), r('k', '1.1.0'), r('k', '1.1.0'), r('a', '2.0.0')]),
  ).toEqual([
    { frameworkId: 'k', frameworkVersion: '1.1.0', rounds: 2 },
    { frameworkId: 'a', frameworkVersion: '2.0.0', rounds: 1 },
    { frameworkId: 'k', frameworkVersion: '1.0.0', rounds: 1 },
  ]);
  expect(countVersions([])).toEqual([]);
});
