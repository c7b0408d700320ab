import { describe, expect, it } from 'vitest';
import { scoreAssessment, type ScoringFramework } from '../../src/domain/scoring';
import { trendAcrossVersions, crossesBreak } from '../../src/domain/trend-across';
import type { LineageRelation } from '../../src/schemas/framework';

type Crit = { id: string; code: string; lineage?: { relation: LineageRelation; from: string[] } };

function fw(
  version: string,
  domains: { id: string; code: string; criteria: Crit[] }[],
  previousVersion?: string,
) {
  return {
    id: 'kader',
    version,
    defaultScale: 'groei',
    scales: [
      {
        id: 'groei',
        type: 'ordinal',
        levels: [1, 2, 3, 4, 5].map((value) => ({ value })),
        notApplicable: { allowed: true, excludedFromScore: true },
        normLevel: 4,
      },
    ],
    domains: domains.map((d) => ({
      ...d,
      criteria: d.criteria.map((c) => ({ ...c, weight: 1 })),
    })),
    ...(previousVersion ? { lineage: { previousVersion } } : {}),
  } satisfies ScoringFramework & Record<string, unknown>;
}

const v1 = fw('1.0.0', [
  {
    id: 'x',
    code: 'D1',
    criteria: [
      { id: 'a', code: 'D1.1' },
      { id: 'b', code: 'D1.2' },
    ],
  },
  {
    id: 'y',
    code: 'D2',
    criteria: [
      { id: 'c', code: 'D2.1' },
      { id: 'd', code: 'D2.2' },
    ],
  },
]);
const v2 = fw(
  '1.1.0',
  [
    {
      id: 'x',
      code: 'D1',
      criteria: [
        { id: 'a', code: 'D1.1', lineage: { relation: 'unchanged', from: ['a'] } },
        { id: 'b2', code: 'D1.2', lineage: { relation: 'reworded', from: ['b'] } },
      ],
    },
    {
      id: 'y',
      code: 'D2',
      criteria: [
        { id: 'c', code: 'D2.1', lineage: { relation: 'stricter', from: ['c'] } },
        { id: 'd', code: 'D2.2', lineage: { relation: 'reworded', from: ['d'] } },
        { id: 'e', code: 'D2.3', lineage: { relation: 'new', from: [] } },
      ],
    },
  ],
  '1.0.0',
);
const frameworks = new Map([
  ['1.0.0', v1],
  ['1.1.0', v2],
]);

const ans = (level: number) => ({ level, notApplicable: false, target: null });

function round(id: string, date: string, framework: typeof v1, levels: Record<string, number>) {
  const answers = Object.fromEntries(Object.entries(levels).map(([k, v]) => [k, ans(v)]));
  return {
    assessmentId: id,
    label: id,
    date,
    frameworkVersion: framework.version,
    result: scoreAssessment(framework, answers),
  };
}

const rounds = [
  round('r3', '2027-03-01', v2, { a: 5, b2: 4, c: 3, d: 3, e: 1 }),
  round('r1', '2026-03-01', v1, { a: 3, b: 2, c: 5, d: 1 }),
  round('r2', '2026-09-01', v1, { a: 4, b: 2, c: 5, d: 3 }),
];

describe('trendAcrossVersions', () => {
  // Built inside each test, so the mutation run traces it there.
  const build = () => trendAcrossVersions(rounds, frameworks);

  it('orders rounds by date and marks the version break', () => {
    const trend = build();
    expect(trend.rounds.map((r) => r.assessmentId)).toEqual(['r1', 'r2', 'r3']);
    expect(trend.breaks).toEqual([
      { afterIndex: 1, fromVersion: '1.0.0', toVersion: '1.1.0', linked: true },
    ]);
  });

  it('continues a criterion line only for unchanged and reworded', () => {
    const trend = build();
    const line = (code: string) =>
      trend.criteria.filter((l) => l.code === code).map((l) => [l.versions.join('+'), l.values]);
    expect(line('D1.1')).toEqual([['1.0.0+1.1.0', [50, 75, 100]]]);
    // Reworded under a new id: still one line, named by its latest id.
    expect(line('D1.2')).toEqual([['1.0.0+1.1.0', [25, 25, 75]]]);
    expect(trend.criteria.find((l) => l.code === 'D1.2')?.id).toBe('b2');
    // Stricter: two lines, split at the break.
    expect(line('D2.1')).toEqual([
      ['1.0.0', [100, 100, null]],
      ['1.1.0', [null, null, 50]],
    ]);
    expect(line('D2.3')).toEqual([['1.1.0', [null, null, 0]]]);
  });

  it('continues a domain line only when all its criteria kept their meaning', () => {
    const trend = build();
    const x = trend.domains.filter((l) => l.id === 'x');
    expect(x).toHaveLength(1);
    expect(crossesBreak(x[0]!)).toBe(true);
    const y = trend.domains.filter((l) => l.id === 'y');
    expect(y.map((l) => [l.versions, l.start, l.end])).toEqual([
      [['1.0.0'], 0, 1],
      [['1.1.0'], 2, 2],
    ]);
  });

  it('keeps lines apart at a break the lineage does not link', () => {
    const unlinked = new Map([
      ['1.0.0', v1],
      ['1.1.0', { ...v2, lineage: { previousVersion: '0.9.0' } }],
    ]);
    const apart = trendAcrossVersions(rounds, unlinked);
    expect(apart.breaks[0]?.linked).toBe(false);
    expect(apart.criteria.filter(crossesBreak)).toEqual([]);
    expect(apart.domains.filter(crossesBreak)).toEqual([]);
  });

  it('leaves out rounds whose version is unknown', () => {
    const only = trendAcrossVersions(rounds, new Map([['1.0.0', v1]]));
    expect(only.rounds.map((r) => r.assessmentId)).toEqual(['r1', 'r2']);
    expect(only.breaks).toEqual([]);
  });

  it('gives every line its own key, domains and criteria in their own lists', () => {
    const trend = build();
    const all = [...trend.domains, ...trend.criteria];
    expect(new Set(all.map((l) => l.key)).size).toBe(all.length);
    expect(all.every((l) => l.key !== '')).toBe(true);
    expect(trend.domains.every((l) => l.kind === 'domain')).toBe(true);
    expect(trend.criteria.every((l) => l.kind === 'criterion')).toBe(true);
    expect(trend.domains.map((l) => [l.id, l.values])).toEqual([
      ['x', [37.5, 50, 87.5]],
      ['y', [50, 75, null]],
      ['y', [null, null, 100 / 3]],
    ]);
  });

  it('orders rounds by instant; unreadable dates by their text, then by id', () => {
    const at = (id: string, date: string) => round(id, date, v1, { a: 3, b: 3, c: 3, d: 3 });
    const order = trendAcrossVersions(
      [
        at('z-bad', 'onbekend'),
        at('late', '2026-03-01T11:00:00Z'),
        at('a-bad', 'onbekend'),
        at('early', '2026-03-01T12:00:00+02:00'), // 10:00 UTC
        at('b-same', '2026-01-01'),
        at('a-same', '2026-01-01'),
      ],
      frameworks,
    ).rounds.map((r) => r.assessmentId);
    expect(order.slice(0, 4)).toEqual(['a-same', 'b-same', 'early', 'late']);
    expect(order.slice(4)).toEqual(['a-bad', 'z-bad']);
  });

  it('marks a break after the round before it, and every break between versions', () => {
    const trend = trendAcrossVersions(
      [
        round('s', '2026-01-01', v1, { a: 3 }),
        round('t', '2026-02-01', v2, { a: 3 }),
        round('u', '2026-03-01', v2, { a: 4 }),
      ],
      frameworks,
    );
    expect(trend.breaks).toEqual([
      { afterIndex: 0, fromVersion: '1.0.0', toVersion: '1.1.0', linked: true },
    ]);
    const a = trend.criteria.filter((l) => l.id === 'a');
    expect(a.map((l) => [l.versions, l.start, l.end, l.values])).toEqual([
      [['1.0.0', '1.1.0'], 0, 2, [50, 50, 75]],
    ]);
  });

  it('does not link a first version that has no lineage to the one after it', () => {
    const back = new Map([
      ['1.0.0', v1],
      ['1.1.0', { ...v2, lineage: undefined }],
    ]);
    const trend = trendAcrossVersions(rounds, back);
    expect(trend.breaks[0]?.linked).toBe(false);
    expect(trend.criteria.filter(crossesBreak)).toEqual([]);
  });

  it('names a continued line by its code and domain in the latest version', () => {
    const v3 = fw(
      '2.0.0',
      [
        {
          id: 'x',
          code: 'D1',
          criteria: [{ id: 'n', code: 'D1.1', lineage: { relation: 'new', from: [] } }],
        },
        {
          id: 'z',
          code: 'D9',
          criteria: [
            // Same id, same meaning, but renumbered and moved to another domain.
            { id: 'a', code: 'D9.1', lineage: { relation: 'unchanged', from: ['a'] } },
            { id: 'b9', code: 'D9.7', lineage: { relation: 'reworded', from: ['b'] } },
          ],
        },
      ],
      '1.0.0',
    );
    const trend = trendAcrossVersions(
      [
        round('p', '2026-01-01', v1, { a: 3, b: 2 }),
        round('q', '2026-06-01', v3, { a: 4, b9: 5, n: 1 }),
      ],
      new Map([
        ['1.0.0', v1],
        ['2.0.0', v3],
      ]),
    );
    const continued = trend.criteria.filter(crossesBreak);
    expect(continued.map((l) => [l.id, l.code, l.domainId, l.values])).toEqual([
      ['a', 'D9.1', 'z', [50, 75]],
      ['b9', 'D9.7', 'z', [25, 100]],
    ]);
    // Domain x lost its criteria: its line ends at the break.
    expect(trend.domains.filter((l) => l.id === 'x').map((l) => l.versions)).toEqual([
      ['1.0.0'],
      ['2.0.0'],
    ]);
  });
});
