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
  const trend = trendAcrossVersions(rounds, frameworks);

  it('orders rounds by date and marks the version break', () => {
    expect(trend.rounds.map((r) => r.assessmentId)).toEqual(['r1', 'r2', 'r3']);
    expect(trend.breaks).toEqual([
      { afterIndex: 1, fromVersion: '1.0.0', toVersion: '1.1.0', linked: true },
    ]);
  });

  it('continues a criterion line only for unchanged and reworded', () => {
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
});
