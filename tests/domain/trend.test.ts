import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../src/domain/scoring';
import type { ScoringAnswers, ScoringFramework } from '../../src/domain/scoring';
import { TREND_TOP_N, buildTrend } from '../../src/domain/trend';
import type { TrendRoundInput } from '../../src/domain/trend';

// Six domains D1..D6, one criterion each (weight 1) on the 1..5 scale, norm 4.
// Normalised: level 1 → 0, 2 → 25, 3 → 50, 4 → 75 (norm), 5 → 100.
const DOMAINS = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6'];

function framework(version: string): ScoringFramework {
  return {
    id: 'kwaliteitskader-tienerpooiers',
    version,
    normLevel: 4,
    defaultScale: 'groei-pdca',
    scales: [
      {
        id: 'groei-pdca',
        type: 'ordinal',
        levels: [1, 2, 3, 4, 5].map((value) => ({ value })),
        notApplicable: { allowed: true, excludedFromScore: true },
      },
    ],
    domains: DOMAINS.map((id) => ({
      id,
      code: id.toUpperCase(),
      criteria: [{ id: `${id}-c`, code: `${id.toUpperCase()}.1`, weight: 1 }],
    })),
  };
}

function answers(levels: (number | null)[]): ScoringAnswers {
  return Object.fromEntries(
    DOMAINS.map((id, i) => [
      `${id}-c`,
      { level: levels[i] ?? null, notApplicable: false, target: null },
    ]),
  );
}

function round(
  assessmentId: string,
  date: string,
  levels: (number | null)[],
  version = '1.0.0',
): TrendRoundInput {
  const f = framework(version);
  return {
    assessmentId,
    label: `ronde ${assessmentId}`,
    date,
    frameworkId: f.id,
    frameworkVersion: version,
    result: scoreAssessment(f, answers(levels)),
  };
}

//            D1 D2 D3 D4 D5 D6
// R1 (2025-03-01): 2  3  4  5  2  3   → 25  50  75 100 25 50
// R2 (2025-09-15): 3  3  5  5  2  3   → 50  50 100 100 25 50
// R3 (2026-03-01): 5  4  3  4  2  3   → 100 75  50  75 25 50
const r1 = round('r1', '2025-03-01', [2, 3, 4, 5, 2, 3]);
const r2 = round('r2', '2025-09-15', [3, 3, 5, 5, 2, 3]);
const r3 = round('r3', '2026-03-01T10:00:00Z', [5, 4, 3, 4, 2, 3]);

describe('buildTrend: one framework version', () => {
  // deliberately out of order; built inside each test, so the mutation run traces it there
  const build = () => buildTrend([r3, r1, r2]);

  it('yields one group, labelled with its version, rounds ordered by date', () => {
    const trend = build();
    const group = trend.groups[0]!;
    expect(group.frameworkId).toBe('kwaliteitskader-tienerpooiers');
    expect(trend.groups).toHaveLength(1);
    expect(group.key).toBe('kwaliteitskader-tienerpooiers@1.0.0');
    expect(group.frameworkVersion).toBe('1.0.0');
    expect(group.label).toBe('kwaliteitskader-tienerpooiers v1.0.0');
    expect(group.rounds.map((r) => r.assessmentId)).toEqual(['r1', 'r2', 'r3']);
  });

  it('overall series: mean over the six criteria per round', () => {
    const group = build().groups[0]!;
    // R1: (25+50+75+100+25+50)/6 = 325/6 = 54.1667
    // R2: (50+50+100+100+25+50)/6 = 375/6 = 62.5
    // R3: (100+75+50+75+25+50)/6 = 375/6 = 62.5
    const scores = group.overall.map((p) => p.score);
    expect(scores[0]).toBeCloseTo(325 / 6, 9);
    expect(scores[1]).toBeCloseTo(62.5, 9);
    expect(scores[2]).toBeCloseTo(62.5, 9);
    expect(group.overall.map((p) => p.completeness)).toEqual([1, 1, 1]);
    expect(group.overall.map((p) => p.label)).toEqual(['ronde r1', 'ronde r2', 'ronde r3']);
  });

  it('per-domain series in framework order, one point per round', () => {
    const group = build().groups[0]!;
    expect(group.domains.map((d) => d.domainId)).toEqual(DOMAINS);
    const d1 = group.domains[0]!;
    expect(d1.points.map((p) => p.score)).toEqual([25, 50, 100]);
    expect(d1.points.map((p) => p.gap)).toEqual([50, 25, 0]);
  });

  it('mostImproved: positive change first → last round, largest first', () => {
    const group = build().groups[0]!;
    // first → last: D1 25→100 (+75), D2 50→75 (+25), D3 75→50 (−25), D4 100→75 (−25), D5/D6 0
    // only positive changes count → [D1 +75, D2 +25]
    expect(group.mostImproved).toEqual([
      { domainId: 'd1', code: 'D1', from: 25, to: 100, change: 75 },
      { domainId: 'd2', code: 'D2', from: 50, to: 75, change: 25 },
    ]);
  });

  it('areasOfConcern: drops since previous round first, then largest current gap, top 3', () => {
    const group = build().groups[0]!;
    // previous (R2) → latest (R3): D3 100→50 (−50), D4 100→75 (−25) → dropped, biggest drop first
    // remaining latest gaps: D5 75−25 = 50, D6 75−50 = 25, D1 0, D2 0 → D5 fills the third place
    expect(TREND_TOP_N).toBe(3);
    expect(group.areasOfConcern).toEqual([
      {
        domainId: 'd3',
        code: 'D3',
        reason: 'dropped',
        score: 50,
        previousScore: 100,
        change: -50,
        gap: 25,
      },
      {
        domainId: 'd4',
        code: 'D4',
        reason: 'dropped',
        score: 75,
        previousScore: 100,
        change: -25,
        gap: 0,
      },
      {
        domainId: 'd5',
        code: 'D5',
        reason: 'largest-gap',
        score: 25,
        previousScore: 25,
        change: 0,
        gap: 50,
      },
    ]);
  });
});

describe('buildTrend: versions are never mixed', () => {
  const a = round('a', '2025-01-10', [2, 2, 2, 2, 2, 2], '1.0.0');
  const b = round('b', '2025-06-10', [3, 3, 3, 3, 3, 3], '1.0.0');
  const c = round('c', '2026-01-10', [4, 4, 4, 4, 4, 4], '1.1.0');
  const build = () => buildTrend([c, b, a]);

  it('splits rounds on 1.0.0 and 1.1.0 into two labelled groups', () => {
    const trend = build();
    expect(trend.groups.map((g) => g.label)).toEqual([
      'kwaliteitskader-tienerpooiers v1.0.0',
      'kwaliteitskader-tienerpooiers v1.1.0',
    ]);
    expect(trend.groups[0]!.rounds.map((r) => r.assessmentId)).toEqual(['a', 'b']);
    expect(trend.groups[1]!.rounds.map((r) => r.assessmentId)).toEqual(['c']);
    // each series only holds its own version's rounds
    expect(trend.groups[0]!.overall.map((p) => p.score)).toEqual([25, 50]);
    expect(trend.groups[1]!.overall.map((p) => p.score)).toEqual([75]);
  });

  it('a single-round group has no improvements and only gap-based concerns', () => {
    const trend = build();
    const g = trend.groups[1]!;
    expect(g.mostImproved).toEqual([]);
    // all at norm (gap 0) → nothing to worry about
    expect(g.areasOfConcern).toEqual([]);
    const lone = buildTrend([round('x', '2025-01-01', [1, 5, 3, 4, 2, 5])]).groups[0]!;
    // gaps: D1 75, D5 50, D3 25 → top 3 by gap
    expect(lone.areasOfConcern.map((x) => [x.code, x.reason, x.gap])).toEqual([
      ['D1', 'largest-gap', 75],
      ['D5', 'largest-gap', 50],
      ['D3', 'largest-gap', 25],
    ]);
  });

  it('separates different frameworks with the same version too', () => {
    const other = {
      ...round('o', '2024-01-01', [3, 3, 3, 3, 3, 3]),
      frameworkId: 'ander-kader',
    };
    const t = buildTrend([a, other]);
    expect(t.groups.map((g) => g.key)).toEqual([
      'ander-kader@1.0.0',
      'kwaliteitskader-tienerpooiers@1.0.0',
    ]);
  });
});

describe('buildTrend: edge cases', () => {
  it('empty input → no groups', () => {
    expect(buildTrend([]).groups).toEqual([]);
  });

  it('domains without a score are skipped in improvements and drops', () => {
    // D1 unanswered in the first round → no improvement computable for D1
    const x = round('x', '2025-01-01', [null, 2, 4, 4, 4, 4]);
    const y = round('y', '2025-06-01', [5, 3, 4, 4, 4, 4]);
    const g = buildTrend([x, y]).groups[0]!;
    expect(g.domains[0]!.points.map((p) => p.score)).toEqual([null, 100]);
    expect(g.mostImproved.map((m) => m.code)).toEqual(['D2']);
    // D2 latest 50 → gap 25; nothing dropped
    expect(g.areasOfConcern.map((c) => [c.code, c.reason])).toEqual([['D2', 'largest-gap']]);
  });

  it('rounds on the same date are ordered deterministically', () => {
    const p = round('p', '2025-01-01', [3, 3, 3, 3, 3, 3]);
    const q = round('q', '2025-01-01', [4, 4, 4, 4, 4, 4]);
    expect(buildTrend([q, p]).groups[0]!.rounds.map((r) => r.assessmentId)).toEqual(['p', 'q']);
  });
});

describe('buildTrend: order and boundaries', () => {
  it('orders rounds by instant, not by the text of their dates; unreadable dates last', () => {
    const east = round('east', '2025-03-01T12:00:00+02:00', [3, 3, 3, 3, 3, 3]); // 10:00 UTC
    const utc = round('utc', '2025-03-01T11:00:00Z', [3, 3, 3, 3, 3, 3]);
    const bad = round('bad', '0000-garbage', [3, 3, 3, 3, 3, 3]);
    const ids = buildTrend([bad, utc, east]).groups[0]!.rounds.map((r) => r.assessmentId);
    expect(ids).toEqual(['east', 'utc', 'bad']);
  });

  it('orders groups by their first round, then by key', () => {
    const early = { ...round('x', '2024-01-01', [3, 3, 3, 3, 3, 3]), frameworkId: 'zz-kader' };
    const late = { ...round('y', '2025-01-01', [3, 3, 3, 3, 3, 3]), frameworkId: 'aa-kader' };
    const same = { ...round('z', '2024-01-01', [3, 3, 3, 3, 3, 3]), frameworkId: 'mm-kader' };
    for (const order of [
      [late, early, same],
      [early, same, late],
      [same, late, early],
    ]) {
      expect(buildTrend(order).groups.map((g) => g.frameworkId)).toEqual([
        'mm-kader',
        'zz-kader',
        'aa-kader',
      ]);
    }
  });

  it('gives a domain a round did not score a null point, with completeness 0', () => {
    const short: ScoringFramework = {
      ...framework('1.0.0'),
      domains: framework('1.0.0').domains.slice(0, 5),
    };
    const without: TrendRoundInput = {
      ...round('w', '2025-01-01', [3, 3, 3, 3, 3, 3]),
      result: scoreAssessment(short, answers([3, 3, 3, 3, 3, 3])),
    };
    const later = round('l', '2025-06-01', [4, 4, 4, 4, 4, 1]);
    const g = buildTrend([later, without]).groups[0]!;
    const d6 = g.domains.find((d) => d.domainId === 'd6')!;
    expect(d6.points.map((p) => [p.assessmentId, p.score, p.gap, p.completeness])).toEqual([
      ['w', null, null, 0],
      ['l', 0, 75, 1],
    ]);
    expect(g.domains[0]!.points.map((p) => p.completeness)).toEqual([1, 1]);
    // No improvement or drop can be worked out for D6; its gap still counts.
    expect(g.mostImproved.map((m) => m.code)).toEqual(['D1', 'D2', 'D3']);
    expect(g.areasOfConcern[0]).toMatchObject({
      code: 'D6',
      reason: 'largest-gap',
      previousScore: null,
      change: null,
    });
  });

  it('keeps the three largest improvements, ties by code', () => {
    const from = round('a', '2025-01-01', [1, 1, 1, 1, 2, 1]);
    const to = round('b', '2025-06-01', [2, 3, 2, 3, 4, 1]);
    expect(buildTrend([to, from]).groups[0]!.mostImproved.map((m) => [m.code, m.change])).toEqual([
      ['D2', 50],
      ['D4', 50],
      ['D5', 50],
    ]);
  });

  it('lists the biggest drops first, ties by code, ahead of gaps and at most three', () => {
    const before = round('a', '2025-01-01', [5, 5, 5, 5, 5, 5]);
    const middle = round('b', '2025-03-01', [5, 5, 5, 5, 5, 5]);
    const latest = round('c', '2025-06-01', [5, 4, 3, 5, 4, 1]);
    const concern = buildTrend([latest, before, middle]).groups[0]!.areasOfConcern;
    expect(concern.map((c) => [c.code, c.reason, c.previousScore, c.change])).toEqual([
      ['D6', 'dropped', 100, -100],
      ['D3', 'dropped', 100, -50],
      ['D2', 'dropped', 100, -25],
    ]);
  });

  it('compares the latest round with the one just before it', () => {
    const first = round('a', '2025-01-01', [1, 1, 1, 1, 1, 1]);
    const previous = round('b', '2025-03-01', [5, 4, 4, 4, 4, 4]);
    const latest = round('c', '2025-06-01', [4, 4, 4, 4, 4, 4]);
    const concern = buildTrend([first, previous, latest]).groups[0]!.areasOfConcern;
    expect(concern).toEqual([
      {
        domainId: 'd1',
        code: 'D1',
        reason: 'dropped',
        score: 75,
        previousScore: 100,
        change: -25,
        gap: 0,
      },
    ]);
  });

  it('a single round has no previous score and no change', () => {
    const g = buildTrend([round('x', '2025-01-01', [1, 4, 4, 4, 4, 4])]).groups[0]!;
    expect(g.areasOfConcern).toEqual([
      {
        domainId: 'd1',
        code: 'D1',
        reason: 'largest-gap',
        score: 0,
        previousScore: null,
        change: null,
        gap: 75,
      },
    ]);
  });

  it('with two rounds, a fall from the first to the second is a drop', () => {
    const g = buildTrend([
      round('b', '2025-06-01', [4, 4, 4, 4, 4, 4]),
      round('a', '2025-01-01', [5, 4, 4, 4, 4, 4]),
    ]).groups[0]!;
    expect(g.areasOfConcern.map((c) => [c.code, c.reason, c.change])).toEqual([
      ['D1', 'dropped', -25],
    ]);
  });

  it('a domain the latest round did not score is no drop and no gap', () => {
    const g = buildTrend([
      round('a', '2025-01-01', [5, 4, 4, 4, 4, 4]),
      round('b', '2025-06-01', [null, 4, 4, 4, 4, 4]),
    ]).groups[0]!;
    expect(g.areasOfConcern).toEqual([]);
  });
});
