// The small framework and record builders that the comparison tests share.
import type { CompareAnswer, CompareFacility } from '../../src/domain/compare';
import type { ScoringFramework } from '../../src/domain/scoring';

// Two domains: D1 with two criteria on 1..5 (norm 4), D2 with one yes/no criterion (norm 1).
export const FW: ScoringFramework = {
  id: 'fw',
  version: '1.0.0',
  normLevel: 4,
  defaultScale: 's5',
  scales: [
    {
      id: 's5',
      type: 'ordinal',
      levels: [1, 2, 3, 4, 5].map((value) => ({ value })),
      notApplicable: { allowed: true, excludedFromScore: true },
    },
    {
      id: 'yn',
      type: 'yesno',
      levels: [{ value: 0 }, { value: 1 }],
      notApplicable: { allowed: true, excludedFromScore: true },
    },
  ],
  domains: [
    {
      id: 'd1',
      code: 'D1',
      criteria: [
        { id: 'c1', code: 'C1', weight: 1 },
        { id: 'c2', code: 'C2', weight: 1 },
      ],
    },
    {
      id: 'd2',
      code: 'D2',
      criteria: [{ id: 'c3', code: 'C3', weight: 1, scale: 'yn', normLevel: 1 }],
    },
  ],
};

export const fac = (id: string, extra: Partial<CompareFacility> = {}): CompareFacility => ({
  id,
  name: `Naam ${id}`,
  code: `K-${id}`,
  type: 'vaph',
  region: 'antwerpen',
  imported: false,
  demo: false,
  ...extra,
});

export const lv = (level: number | null): CompareAnswer => ({
  level,
  notApplicable: false,
  target: null,
});
export const na = (reason?: string): CompareAnswer => ({
  level: null,
  notApplicable: true,
  target: null,
  ...(reason !== undefined && { naReason: reason }),
});
export const full = (a: number, b: number, c: number) => ({ c1: lv(a), c2: lv(b), c3: lv(c) });
