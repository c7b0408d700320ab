import { describe, expect, it } from 'vitest';
import {
  SCORING_METHOD_VERSION,
  domainsByGap,
  largestCriterionGaps,
  scoreAssessment,
} from '../../src/domain/scoring';
import type {
  AssessmentResult,
  CriterionResult,
  DomainResult,
  ScoringAnswer,
  ScoringCriterion,
  ScoringFramework,
  ScoringScale,
} from '../../src/domain/scoring';

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

const NA_EXCLUDED = { allowed: true, excludedFromScore: true };

const pdca: ScoringScale = {
  id: 'groei-pdca',
  type: 'ordinal',
  levels: [1, 2, 3, 4, 5].map((value) => ({ value })),
  notApplicable: NA_EXCLUDED,
};
const yesno: ScoringScale = {
  id: 'ja-nee',
  type: 'yesno',
  levels: [{ value: 0 }, { value: 1 }],
  notApplicable: NA_EXCLUDED,
};
const likert7: ScoringScale = {
  id: 'likert-7',
  type: 'likert',
  levels: [1, 2, 3, 4, 5, 6, 7].map((value) => ({ value })),
  notApplicable: NA_EXCLUDED,
};
const noNa: ScoringScale = {
  id: 'zonder-na',
  type: 'ordinal',
  levels: [1, 2, 3, 4, 5].map((value) => ({ value })),
  notApplicable: { allowed: false, excludedFromScore: true },
};
const naCounts: ScoringScale = {
  id: 'na-telt-mee',
  type: 'ordinal',
  levels: [1, 2, 3, 4, 5].map((value) => ({ value })),
  notApplicable: { allowed: true, excludedFromScore: false },
};

function crit(id: string, extra: Partial<ScoringCriterion> = {}): ScoringCriterion {
  return { id, code: id.toUpperCase(), weight: 1, ...extra };
}

function framework(
  domains: { id: string; code?: string; criteria: ScoringCriterion[] }[],
  extra: Partial<ScoringFramework> = {},
): ScoringFramework {
  return {
    id: 'fw',
    version: '1.0.0',
    normLevel: 4,
    defaultScale: 'groei-pdca',
    scales: [pdca, yesno, likert7, noNa, naCounts],
    domains: domains.map((d) => ({
      id: d.id,
      code: d.code ?? d.id.toUpperCase(),
      criteria: d.criteria,
    })),
    ...extra,
  };
}

const lvl = (level: number | null, target: number | null = null): ScoringAnswer => ({
  level,
  notApplicable: false,
  target,
});
const na = (): ScoringAnswer => ({
  level: null,
  notApplicable: true,
  target: null,
});

function criterion(result: AssessmentResult, id: string): CriterionResult {
  const found = result.domains.flatMap((d) => d.criteria).find((c) => c.criterionId === id);
  if (!found) throw new Error(`criterion ${id} missing`);
  return found;
}

function single(c: ScoringCriterion, answer: ScoringAnswer | undefined): CriterionResult {
  const r = scoreAssessment(framework([{ id: 'd1', criteria: [c] }]), {
    [c.id]: answer,
  });
  return criterion(r, c.id);
}

// ---------------------------------------------------------------------------------------------
// Per criterion
// ---------------------------------------------------------------------------------------------

describe('per criterion (ordinal 1..5, norm 4)', () => {
  it('level 3 on 1..5 is 50%; norm 4 gives a gap of 1 step / 25 points', () => {
    // score = (3 − 1) / (5 − 1) × 100 = 50
    // target = norm 4 → (4 − 1) / 4 × 100 = 75; gap = 4 − 3 = 1 step; normalised gap = 75 − 50 = 25
    const c = single(crit('c1'), lvl(3));
    expect(c.status).toBe('answered');
    expect(c.level).toBe(3);
    expect(c.scaleMin).toBe(1);
    expect(c.scaleMax).toBe(5);
    expect(c.normalisedScore).toBe(50);
    expect(c.norm).toBe(4);
    expect(c.target).toBe(4);
    expect(c.targetSource).toBe('framework-norm');
    expect(c.normalisedTarget).toBe(75);
    expect(c.gap).toBe(1);
    expect(c.normalisedGap).toBe(25);
    expect(c.atOrAboveNorm).toBe(false);
    expect(c.includedInScore).toBe(true);
  });

  it('lowest and highest levels map to 0% and 100%', () => {
    // (1 − 1) / 4 × 100 = 0 ; (5 − 1) / 4 × 100 = 100
    expect(single(crit('c1'), lvl(1)).normalisedScore).toBe(0);
    expect(single(crit('c1'), lvl(5)).normalisedScore).toBe(100);
  });

  it('gap is never negative when the level is above the target', () => {
    // level 5 vs norm 4: 4 − 5 = −1 → max(0, −1) = 0 ; 75 − 100 = −25 → 0
    const c = single(crit('c1'), lvl(5));
    expect(c.gap).toBe(0);
    expect(c.normalisedGap).toBe(0);
    expect(c.atOrAboveNorm).toBe(true);
  });

  it('level exactly at the norm is at/above norm with zero gap', () => {
    const c = single(crit('c1'), lvl(4));
    expect(c.normalisedScore).toBe(75);
    expect(c.gap).toBe(0);
    expect(c.atOrAboveNorm).toBe(true);
  });

  it('criterion normLevel overrides the framework norm', () => {
    // criterion norm 3 → normalised (3 − 1)/4 × 100 = 50; level 3 → at norm, gap 0
    const c = single(crit('c1', { normLevel: 3 }), lvl(3));
    expect(c.norm).toBe(3);
    expect(c.targetSource).toBe('criterion-norm');
    expect(c.normalisedTarget).toBe(50);
    expect(c.gap).toBe(0);
    expect(c.atOrAboveNorm).toBe(true);
  });

  it('custom target drives the gap but atOrAboveNorm still uses the norm', () => {
    // level 4, norm 4, custom target 5: gap = 5 − 4 = 1 step; normalised 100 − 75 = 25
    // atOrAboveNorm: 4 >= norm 4 → true (the ambitious target does not make it "below norm")
    const c = single(crit('c1'), lvl(4, 5));
    expect(c.target).toBe(5);
    expect(c.targetSource).toBe('answer');
    expect(c.normalisedTarget).toBe(100);
    expect(c.gap).toBe(1);
    expect(c.normalisedGap).toBe(25);
    expect(c.atOrAboveNorm).toBe(true);
  });

  it('custom target below the norm: gap 0, yet still below norm', () => {
    // level 3, target 2: max(0, 2 − 3) = 0 ; norm 4 → 3 >= 4 false
    const c = single(crit('c1'), lvl(3, 2));
    expect(c.gap).toBe(0);
    expect(c.normalisedGap).toBe(0);
    expect(c.atOrAboveNorm).toBe(false);
  });

  it('a custom target off the scale is ignored (norm used) and flagged', () => {
    const c = single(crit('c1'), lvl(3, 9));
    expect(c.invalidTarget).toBe(true);
    expect(c.target).toBe(4);
    expect(c.targetSource).toBe('framework-norm');
    expect(c.normalisedGap).toBe(25);
  });

  it('not applicable: no score, no gap, excluded', () => {
    const c = single(crit('c1'), na());
    expect(c.status).toBe('not-applicable');
    expect(c.level).toBeNull();
    expect(c.normalisedScore).toBeNull();
    expect(c.gap).toBeNull();
    expect(c.normalisedGap).toBeNull();
    expect(c.atOrAboveNorm).toBeNull();
    expect(c.includedInScore).toBe(false);
  });

  it('N/A takes precedence over a level that was also filled in', () => {
    const c = single(crit('c1'), {
      level: 2,
      notApplicable: true,
      target: null,
    });
    expect(c.status).toBe('not-applicable');
    expect(c.normalisedScore).toBeNull();
  });

  it('unanswered: no answer object, or level null', () => {
    for (const a of [undefined, lvl(null)]) {
      const c = single(crit('c1'), a);
      expect(c.status).toBe('unanswered');
      expect(c.normalisedScore).toBeNull();
      expect(c.includedInScore).toBe(false);
      expect(c.invalidLevel).toBe(false);
    }
  });

  it('a level not on the scale is unanswered and flagged, never clamped', () => {
    for (const bad of [0, 6, 2.5, Number.NaN, -1]) {
      const c = single(crit('c1'), lvl(bad));
      expect(c.status).toBe('unanswered');
      expect(c.invalidLevel).toBe(true);
      expect(c.level).toBeNull();
      expect(c.normalisedScore).toBeNull();
    }
  });

  it('N/A on a scale that does not allow N/A is ignored and flagged', () => {
    // level 2 on 1..5 → 25% is scored as if N/A was not ticked
    const c = single(crit('c1', { scale: 'zonder-na' }), {
      level: 2,
      notApplicable: true,
      target: null,
    });
    expect(c.status).toBe('answered');
    expect(c.invalidNotApplicable).toBe(true);
    expect(c.normalisedScore).toBe(25);
    const empty = single(crit('c2', { scale: 'zonder-na' }), na());
    expect(empty.status).toBe('unanswered');
    expect(empty.invalidNotApplicable).toBe(true);
  });

  it('N/A on a scale with excludedFromScore false counts as the lowest level', () => {
    // scored at level 1 → 0%; gap = 4 − 1 = 3 steps, 75 points
    const c = single(crit('c1', { scale: 'na-telt-mee' }), na());
    expect(c.status).toBe('not-applicable');
    expect(c.includedInScore).toBe(true);
    expect(c.normalisedScore).toBe(0);
    expect(c.gap).toBe(3);
    expect(c.normalisedGap).toBe(75);
    expect(c.atOrAboveNorm).toBe(false);
  });
});

describe('yes/no scale (0/1)', () => {
  it("no = 0%, yes = 100%; with norm 1 a 'no' has a gap of 1 step / 100 points", () => {
    const no = single(crit('c1', { scale: 'ja-nee', normLevel: 1 }), lvl(0));
    expect(no.scaleMin).toBe(0);
    expect(no.scaleMax).toBe(1);
    expect(no.normalisedScore).toBe(0);
    expect(no.gap).toBe(1);
    expect(no.normalisedGap).toBe(100);
    expect(no.atOrAboveNorm).toBe(false);
    const yes = single(crit('c1', { scale: 'ja-nee', normLevel: 1 }), lvl(1));
    expect(yes.normalisedScore).toBe(100);
    expect(yes.normalisedGap).toBe(0);
    expect(yes.atOrAboveNorm).toBe(true);
  });

  it('fallback: a framework norm that is not a yes/no level is carried over proportionally', () => {
    // (the loader rejects this file; scoring still stays sane)
    // framework norm 4 on 1..5 = 75%; lowest yes/no level >= 75% is 1 (100%) → norm = "yes"
    const c = single(crit('c1', { scale: 'ja-nee' }), lvl(0));
    expect(c.norm).toBe(1);
    expect(c.targetSource).toBe('framework-norm');
    expect(c.normalisedGap).toBe(100);
  });

  it('level 2 is not a yes/no answer', () => {
    const c = single(crit('c1', { scale: 'ja-nee' }), lvl(2));
    expect(c.invalidLevel).toBe(true);
  });
});

describe('likert 1..7', () => {
  it('level 5 is 66.67%, norm 6 is 83.33%, gap 16.67 points', () => {
    // (5 − 1)/6 × 100 = 66.666…; (6 − 1)/6 × 100 = 83.333…; gap 16.666…, 1 step
    const c = single(crit('c1', { scale: 'likert-7', normLevel: 6 }), lvl(5));
    expect(c.normalisedScore).toBeCloseTo(66.6667, 4);
    expect(c.normalisedTarget).toBeCloseTo(83.3333, 4);
    expect(c.normalisedGap).toBeCloseTo(16.6667, 4);
    expect(c.gap).toBe(1);
    expect(c.atOrAboveNorm).toBe(false);
  });

  it('without its own normLevel the framework norm 4 is used as a value on 1..7', () => {
    // norm 4 on 1..7 → (4 − 1)/6 × 100 = 50; level 3 → 33.33, gap 1 step / 16.67 points
    const c = single(crit('c1', { scale: 'likert-7' }), lvl(3));
    expect(c.norm).toBe(4);
    expect(c.targetSource).toBe('framework-norm');
    expect(c.normalisedTarget).toBe(50);
    expect(c.normalisedScore).toBeCloseTo(33.3333, 4);
    expect(c.gap).toBe(1);
    expect(c.normalisedGap).toBeCloseTo(16.6667, 4);
    expect(c.atOrAboveNorm).toBe(false);
  });

  it('a likert 1..5 scale behaves like the default 1..5 scale', () => {
    const likert5: ScoringScale = { ...pdca, id: 'likert-5', type: 'likert' };
    const f = framework([{ id: 'd1', criteria: [crit('c1', { scale: 'likert-5' })] }], {
      scales: [pdca, likert5],
    });
    const c = criterion(scoreAssessment(f, { c1: lvl(3) }), 'c1');
    // same values as the default scale → framework norm 4 applies as is
    expect(c.norm).toBe(4);
    expect(c.normalisedScore).toBe(50);
    expect(c.normalisedGap).toBe(25);
  });
});

// ---------------------------------------------------------------------------------------------
// Aggregation
// ---------------------------------------------------------------------------------------------

describe('domain aggregation', () => {
  it('weighted mean with weights 1 and 2', () => {
    // c1 level 2 → 25%, weight 1 ; c2 level 5 → 100%, weight 2
    // score  = (1×25 + 2×100) / 3 = 225/3 = 75
    // target = (1×75 + 2×75) / 3 = 75
    // gap    = (1×50 + 2×0) / 3 = 16.666…  (mean of per-criterion gaps, not target − score)
    const f = framework([{ id: 'd1', criteria: [crit('c1'), crit('c2', { weight: 2 })] }]);
    const d = scoreAssessment(f, { c1: lvl(2), c2: lvl(5) }).domains[0]!;
    expect(d.score).toBe(75);
    expect(d.target).toBe(75);
    expect(d.gap).toBeCloseTo(16.6667, 4);
    expect(d.scoredCount).toBe(2);
    expect(d.scoredWeight).toBe(3);
    // at/above norm: c2 only → 1/2 = 50%
    expect(d.atOrAboveNormCount).toBe(1);
    expect(d.pctAtOrAboveNorm).toBe(50);
  });

  it('aggregated gap is the mean of per-criterion gaps, so a surplus never offsets a shortfall', () => {
    // c1 level 1 → 0%, gap 75 ; c2 level 5 → 100%, gap 0
    // mean gap = (75 + 0)/2 = 37.5 even though mean target − mean score = 75 − 50 = 25
    const f = framework([{ id: 'd1', criteria: [crit('c1'), crit('c2')] }]);
    const d = scoreAssessment(f, { c1: lvl(1), c2: lvl(5) }).domains[0]!;
    expect(d.score).toBe(50);
    expect(d.gap).toBe(37.5);
  });

  it('N/A criteria are excluded from score and count as complete', () => {
    // c1 N/A, c2 level 3 → domain = 50 (not (0 + 50)/2); completeness 2/2 = 1
    const f = framework([{ id: 'd1', criteria: [crit('c1'), crit('c2')] }]);
    const d = scoreAssessment(f, { c1: na(), c2: lvl(3) }).domains[0]!;
    expect(d.score).toBe(50);
    expect(d.completeness).toEqual({
      total: 2,
      answered: 1,
      notApplicable: 1,
      unanswered: 0,
      invalid: 0,
      ratio: 1,
    });
    expect(d.scoredCount).toBe(1);
  });

  it('unanswered criteria lower completeness, not the score', () => {
    // c1 unanswered, c2 level 5 → score 100 (not 50); completeness 1/2
    const f = framework([{ id: 'd1', criteria: [crit('c1'), crit('c2')] }]);
    const d = scoreAssessment(f, { c2: lvl(5) }).domains[0]!;
    expect(d.score).toBe(100);
    expect(d.completeness.ratio).toBe(0.5);
    expect(d.completeness.unanswered).toBe(1);
  });

  it('invalid levels count as unanswered and in `invalid`', () => {
    // c1 level 9 (invalid), c2 level 2 (25%), c3 unanswered → score 25; completeness 1/3
    const f = framework([{ id: 'd1', criteria: [crit('c1'), crit('c2'), crit('c3')] }]);
    const d = scoreAssessment(f, { c1: lvl(9), c2: lvl(2) }).domains[0]!;
    expect(d.score).toBe(25);
    expect(d.completeness).toMatchObject({
      total: 3,
      answered: 1,
      unanswered: 2,
      invalid: 1,
    });
    expect(d.completeness.ratio).toBeCloseTo(1 / 3, 12);
  });

  it('nothing scored → score, target, gap and pct are null', () => {
    const f = framework([{ id: 'd1', criteria: [crit('c1'), crit('c2')] }]);
    const allNa = scoreAssessment(f, { c1: na(), c2: na() }).domains[0]!;
    expect(allNa.score).toBeNull();
    expect(allNa.target).toBeNull();
    expect(allNa.gap).toBeNull();
    expect(allNa.pctAtOrAboveNorm).toBeNull();
    expect(allNa.completeness.ratio).toBe(1);
    const empty = scoreAssessment(f, {}).domains[0]!;
    expect(empty.score).toBeNull();
    expect(empty.completeness.ratio).toBe(0);
  });

  it('pctAtOrAboveNorm over scored criteria only', () => {
    // levels 4, 5, 2 and one N/A → 2 of 3 scored at/above norm 4 → 66.67%
    const f = framework([{ id: 'd1', criteria: ['a', 'b', 'c', 'd'].map((id) => crit(id)) }]);
    const d = scoreAssessment(f, { a: lvl(4), b: lvl(5), c: lvl(2), d: na() }).domains[0]!;
    expect(d.atOrAboveNormCount).toBe(2);
    expect(d.scoredCount).toBe(3);
    expect(d.pctAtOrAboveNorm).toBeCloseTo(66.6667, 4);
  });

  it('mixed scales in one domain are combined on the normalised 0..100 axis', () => {
    // yes/no "yes" = 100 (w 1), likert-7 level 4 = 50 (w 1), pdca level 2 = 25 (w 2)
    // score = (100 + 50 + 2×25) / 4 = 200/4 = 50
    const f = framework([
      {
        id: 'd1',
        criteria: [
          crit('y', { scale: 'ja-nee', normLevel: 1 }),
          crit('l', { scale: 'likert-7', normLevel: 4 }),
          crit('p', { weight: 2 }),
        ],
      },
    ]);
    const d = scoreAssessment(f, { y: lvl(1), l: lvl(4), p: lvl(2) }).domains[0]!;
    expect(d.score).toBe(50);
    // gaps: y 0, l 0 (50 vs norm 50), p 75 − 25 = 50 → (0 + 0 + 2×50)/4 = 25
    expect(d.gap).toBe(25);
  });
});

describe('overall', () => {
  it('is a weighted mean over all criteria, not the mean of domain means', () => {
    // D1: one criterion level 5 (100). D2: three criteria level 1 (0 each).
    // over criteria: (100 + 0 + 0 + 0) / 4 = 25 ; mean of domain means would be (100 + 0)/2 = 50
    const f = framework([
      { id: 'd1', criteria: [crit('a')] },
      { id: 'd2', criteria: [crit('b'), crit('c'), crit('d')] },
    ]);
    const r = scoreAssessment(f, {
      a: lvl(5),
      b: lvl(1),
      c: lvl(1),
      d: lvl(1),
    });
    expect(r.domains.map((d) => d.score)).toEqual([100, 0]);
    expect(r.overall.score).toBe(25);
    // gaps: a 0; b, c, d 75 each → (0 + 75×3)/4 = 56.25
    expect(r.overall.gap).toBe(56.25);
    expect(r.overall.pctAtOrAboveNorm).toBe(25);
    expect(r.overall.completeness).toMatchObject({
      total: 4,
      answered: 4,
      ratio: 1,
    });
  });

  it('uses criterion weights across domains', () => {
    // a level 5 (100) weight 3 in D1 ; b level 1 (0) weight 1 in D2 → (300 + 0)/4 = 75
    const f = framework([
      { id: 'd1', criteria: [crit('a', { weight: 3 })] },
      { id: 'd2', criteria: [crit('b')] },
    ]);
    expect(scoreAssessment(f, { a: lvl(5), b: lvl(1) }).overall.score).toBe(75);
  });

  it('completeness counts across all domains', () => {
    // 5 criteria: 2 answered, 1 N/A, 2 unanswered → (2 + 1)/5 = 0.6
    const f = framework([
      { id: 'd1', criteria: [crit('a'), crit('b')] },
      { id: 'd2', criteria: [crit('c'), crit('d'), crit('e')] },
    ]);
    const r = scoreAssessment(f, { a: lvl(3), c: lvl(4), d: na() });
    expect(r.overall.completeness).toEqual({
      total: 5,
      answered: 2,
      notApplicable: 1,
      unanswered: 2,
      invalid: 0,
      ratio: 0.6,
    });
  });

  it('records the scoring method and framework version, keeps framework order', () => {
    const f = framework([
      { id: 'zeta', criteria: [crit('a')] },
      { id: 'alpha', criteria: [crit('b'), crit('c')] },
    ]);
    const r = scoreAssessment(f, {});
    expect(SCORING_METHOD_VERSION).toBe('1.0.0');
    expect(r.methodVersion).toBe(SCORING_METHOD_VERSION);
    expect(r.frameworkId).toBe('fw');
    expect(r.frameworkVersion).toBe('1.0.0');
    expect(r.domains.map((d) => d.domainId)).toEqual(['zeta', 'alpha']);
    expect(r.domains[1]!.criteria.map((c) => c.criterionId)).toEqual(['b', 'c']);
  });

  it('ignores answers for unknown criterion ids (and inherited keys)', () => {
    const f = framework([{ id: 'd1', criteria: [crit('a')] }]);
    const r = scoreAssessment(f, {
      a: lvl(3),
      ghost: lvl(5),
      toString: lvl(1),
    });
    expect(r.overall.score).toBe(50);
    expect(r.overall.completeness.total).toBe(1);
  });

  it('keeps raw (unrounded) numbers', () => {
    const f = framework([{ id: 'd1', criteria: [crit('a', { scale: 'likert-7' })] }]);
    const r = scoreAssessment(f, { a: lvl(2) });
    // (2 − 1)/6 × 100 = 16.666… — not 16.7
    expect(r.overall.score).toBe((1 / 6) * 100);
  });

  it('throws for a framework that breaks loader invariants', () => {
    const f = framework([{ id: 'd1', criteria: [crit('a', { scale: 'missing' })] }]);
    expect(() => scoreAssessment(f, {})).toThrow(/unknown scale/);
    const flat: ScoringScale = { ...pdca, levels: [{ value: 1 }] };
    expect(() =>
      scoreAssessment(framework([{ id: 'd1', criteria: [crit('a')] }], { scales: [flat] }), {}),
    ).toThrow(/two distinct/);
  });
});

// ---------------------------------------------------------------------------------------------
// Rankings
// ---------------------------------------------------------------------------------------------

describe('largestCriterionGaps', () => {
  const f = framework([
    {
      id: 'd1',
      criteria: [
        crit('a', { code: 'D1.10' }), // level 1 → gap 75, weight 1
        crit('b', { code: 'D1.2' }), // level 1 → gap 75, weight 1 (code sorts before D1.10)
        crit('c', { code: 'D1.3', weight: 2 }), // level 1 → gap 75, weight 2 (wins tie on weight)
        crit('d', { code: 'D1.4' }), // level 3 → gap 25
        crit('e', { code: 'D1.5' }), // level 5 → gap 0 (no real gap, left out)
        crit('f', { code: 'D1.6' }), // N/A → left out
      ],
    },
    {
      id: 'd2',
      criteria: [crit('g', { code: 'D2.1', scale: 'ja-nee', normLevel: 1 })],
    }, // "no" → 100
  ]);
  const r = scoreAssessment(f, {
    a: lvl(1),
    b: lvl(1),
    c: lvl(1),
    d: lvl(3),
    e: lvl(5),
    f: na(),
    g: lvl(0),
  });

  it('sorts by normalised gap desc, then weight desc, then code (natural)', () => {
    expect(largestCriterionGaps(r, 10).map((c) => c.code)).toEqual([
      'D2.1',
      'D1.3',
      'D1.2',
      'D1.10',
      'D1.4',
    ]);
  });

  it('takes at most n', () => {
    expect(largestCriterionGaps(r, 2).map((c) => c.code)).toEqual(['D2.1', 'D1.3']);
    expect(largestCriterionGaps(r, 0)).toEqual([]);
  });
});

describe('domainsByGap', () => {
  it('largest gap first, unscored domains last', () => {
    const f = framework([
      { id: 'd1', criteria: [crit('a')] }, // level 4 → gap 0
      { id: 'd2', criteria: [crit('b')] }, // level 2 → gap 50
      { id: 'd3', criteria: [crit('c')] }, // unanswered → gap null
      { id: 'd4', criteria: [crit('d')] }, // level 3 → gap 25
    ]);
    const r = scoreAssessment(f, { a: lvl(4), b: lvl(2), d: lvl(3) });
    expect(domainsByGap(r).map((d) => d.domainId)).toEqual(['d2', 'd4', 'd1', 'd3']);
    // does not reorder the result itself
    expect(r.domains.map((d) => d.domainId)).toEqual(['d1', 'd2', 'd3', 'd4']);
  });
});

describe('norms per scale (format 2)', () => {
  const pdca4: ScoringScale = { ...pdca, normLevel: 4 };
  const yesNoNorm0: ScoringScale = { ...yesno, id: 'ja-nee-0', normLevel: 0 };
  const growthWithoutNorm: ScoringScale = { ...pdca, id: 'groei-zonder-norm' };
  const format2 = (c: ScoringCriterion) =>
    framework([{ id: 'd1', criteria: [c] }], {
      normLevel: undefined,
      scales: [pdca4, yesNoNorm0, growthWithoutNorm],
    });
  const scoreOne = (c: ScoringCriterion, answer: ScoringAnswer) =>
    criterion(scoreAssessment(format2(c), { [c.id]: answer }), c.id);

  it("uses a scale's own norm, even where proportion would give another level", () => {
    const c = scoreOne(crit('c1', { scale: 'ja-nee-0' }), lvl(0));
    expect(c.norm).toBe(0);
    expect(c.targetSource).toBe('framework-norm');
    expect(c.normalisedTarget).toBe(0);
    expect(c.atOrAboveNorm).toBe(true);
    expect(c.gap).toBe(0);
  });

  it("carries the default scale's norm over by position to a scale without a norm (defensive)", () => {
    // Norm 4 on 1..5 is 75 %: on another 1..5 scale that is level 4 itself, not the top level.
    const c = scoreOne(crit('c1', { scale: 'groei-zonder-norm' }), lvl(4));
    expect(c.norm).toBe(4);
    expect(c.targetSource).toBe('framework-norm');
    expect(c.atOrAboveNorm).toBe(true);
  });
});

describe('flags of a criterion', () => {
  it('flags nothing for a plain answer without a custom target', () => {
    const c = single(crit('c1'), lvl(3));
    expect(c.invalidTarget).toBe(false);
    expect(c.invalidLevel).toBe(false);
    expect(c.invalidNotApplicable).toBe(false);
  });

  it('flags nothing for an allowed N/A', () => {
    const c = single(crit('c1'), na());
    expect(c.status).toBe('not-applicable');
    expect(c.invalidTarget).toBe(false);
    expect(c.invalidLevel).toBe(false);
    expect(c.invalidNotApplicable).toBe(false);
  });
});

describe('edge cases of aggregation', () => {
  it('keeps a mean of top scores at exactly 100, without floating-point noise above it', () => {
    // 0.7·100 + 3 × 0.1·100 over a weight of 1.0000000000000002 is 100.00000000000001 unclamped.
    const f = framework([
      {
        id: 'd1',
        criteria: [
          crit('a', { weight: 0.7 }),
          crit('b', { weight: 0.1 }),
          crit('c', { weight: 0.1 }),
          crit('d', { weight: 0.1 }),
        ],
      },
    ]);
    const r = scoreAssessment(f, { a: lvl(5), b: lvl(5), c: lvl(5), d: lvl(5) });
    expect(r.overall.score).toBe(100);
    expect(r.domains[0]!.score).toBe(100);
  });

  it('counts a domain without criteria as complete, with nothing scored', () => {
    const r = scoreAssessment(framework([{ id: 'leeg', criteria: [] }]), {});
    expect(r.domains[0]!.completeness).toEqual({
      total: 0,
      answered: 0,
      notApplicable: 0,
      unanswered: 0,
      invalid: 0,
      ratio: 1,
    });
    expect(r.domains[0]!.score).toBeNull();
    expect(r.overall.completeness.ratio).toBe(1);
  });

  it('refuses a framework whose default scale is missing', () => {
    expect(() => scoreAssessment(framework([], { defaultScale: 'onbekend' }), {})).toThrow(
      'Default scale "onbekend" is not defined',
    );
  });
});

describe('domainsByGap, whatever the input order', () => {
  it('puts unscored domains last and breaks ties by code, for every order of the domains', () => {
    const f = framework([
      { id: 'a', code: 'D1', criteria: [crit('a1')] }, // unanswered → gap null
      { id: 'b', code: 'D2', criteria: [crit('b1')] }, // level 3 → gap 25
      { id: 'c', code: 'D10', criteria: [crit('c1')] }, // unanswered → gap null
      { id: 'd', code: 'D3', criteria: [crit('d1')] }, // level 2 → gap 50
      { id: 'e', code: 'D4', criteria: [crit('e1')] }, // level 3 → gap 25
    ]);
    const r = scoreAssessment(f, { b1: lvl(3), d1: lvl(2), e1: lvl(3) });
    const permutations = (list: DomainResult[]): DomainResult[][] =>
      list.length <= 1
        ? [list]
        : list.flatMap((item, i) =>
            permutations([...list.slice(0, i), ...list.slice(i + 1)]).map((rest) => [
              item,
              ...rest,
            ]),
          );
    for (const domains of permutations([...r.domains])) {
      expect(domainsByGap({ ...r, domains }).map((d) => d.code)).toEqual([
        'D3',
        'D2',
        'D4',
        'D1',
        'D10',
      ]);
    }
  });
});
