import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScorer, scoreAssessment } from '../../src/domain/scoring';
import type {
  Aggregate,
  AssessmentResult,
  ScoringAnswer,
  ScoringAnswers,
  ScoringCriterion,
  ScoringDomain,
  ScoringFramework,
  ScoringScale,
} from '../../src/domain/scoring';
import { runs } from '../property-runs';

const TOL = 1e-9;
// fast-check's default run count. Each property scores ~100 generated frameworks, CPU-bound work
// that a busy shared machine can slow down many times over: hence the describe's longer timeout.
const RUNS = 100;
const PROPERTY_TIMEOUT = 30_000;

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

const notApplicableArb = fc.record({
  allowed: fc.boolean(),
  // mostly true like the bundled scales, sometimes false to exercise "N/A counts as lowest"
  excludedFromScore: fc.oneof(
    { weight: 4, arbitrary: fc.constant(true) },
    { weight: 1, arbitrary: fc.constant(false) },
  ),
});

const levelValuesArb: fc.Arbitrary<{ type: string; values: number[] }> = fc.oneof(
  // yes/no: exactly 0 and 1
  fc.constant<{ type: string; values: number[] }>({
    type: 'yesno',
    values: [0, 1],
  }),
  // likert: 3..11 consecutive levels starting at 0 or 1
  fc.tuple(fc.integer({ min: 3, max: 11 }), fc.integer({ min: 0, max: 1 })).map(([n, start]) => ({
    type: 'likert',
    values: Array.from({ length: n }, (_, i) => start + i),
  })),
  // ordinal: >= 2 unique ascending integers, not necessarily consecutive or positive
  fc
    .uniqueArray(fc.integer({ min: -5, max: 20 }), {
      minLength: 2,
      maxLength: 8,
    })
    .map((vs) => ({
      type: 'ordinal',
      values: [...vs].sort((a, b) => a - b),
    })),
);

const scaleArb = (id: string): fc.Arbitrary<ScoringScale> =>
  fc.record({ lv: levelValuesArb, na: notApplicableArb }).map(({ lv, na }) => ({
    id,
    type: lv.type,
    levels: lv.values.map((value) => ({ value })),
    notApplicable: na,
  }));

const weightArb = fc.oneof(
  fc.integer({ min: 1, max: 5 }),
  fc.double({ min: 0.01, max: 100, noNaN: true, noDefaultInfinity: true }),
);

function valuesOf(scale: ScoringScale): number[] {
  return scale.levels.map((l) => l.value);
}

const frameworkArb: fc.Arbitrary<ScoringFramework> = fc
  .integer({ min: 1, max: 3 })
  .chain((scaleCount) =>
    fc.tuple(...Array.from({ length: scaleCount }, (_, i) => scaleArb(`s${i}`))),
  )
  .chain((scales) => {
    const defaultScale = scales[0]!;
    const criterionArb = (id: string): fc.Arbitrary<ScoringCriterion> =>
      fc
        .record({
          scaleIdx: fc.option(fc.integer({ min: 0, max: scales.length - 1 }), {
            nil: undefined,
          }),
          weight: weightArb,
          withNorm: fc.boolean(),
          normPick: fc.nat(),
        })
        .map(({ scaleIdx, weight, withNorm, normPick }) => {
          const scale = scales[scaleIdx ?? 0]!;
          const vs = valuesOf(scale);
          return {
            id,
            code: id.toUpperCase(),
            weight,
            scale: scaleIdx === undefined ? undefined : scale.id,
            normLevel: withNorm ? vs[normPick % vs.length] : undefined,
          };
        });
    const domainsArb = fc
      .array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 })
      .chain((sizes) =>
        fc.tuple(
          ...sizes.map((size, d) =>
            fc
              .tuple(...Array.from({ length: size }, (_, c) => criterionArb(`c${d}-${c}`)))
              .map((criteria): ScoringDomain => ({
                id: `d${d}`,
                code: `D${d + 1}`,
                criteria,
              })),
          ),
        ),
      );
    return fc
      .record({
        domains: domainsArb,
        normPick: fc.nat(),
      })
      .map(({ domains, normPick }): ScoringFramework => {
        const vs = valuesOf(defaultScale);
        return {
          id: 'fw',
          version: '1.0.0',
          normLevel: vs[normPick % vs.length]!,
          defaultScale: defaultScale.id,
          scales,
          domains,
        };
      });
  });

function scaleOf(f: ScoringFramework, c: ScoringCriterion): ScoringScale {
  return f.scales.find((s) => s.id === (c.scale ?? f.defaultScale))!;
}

function allCriteria(f: ScoringFramework): ScoringCriterion[] {
  return f.domains.flatMap((d) => d.criteria);
}

const answerArb = (values: number[]): fc.Arbitrary<ScoringAnswer | undefined> => {
  const valid = fc.constantFrom(...values);
  const target = fc.option(valid, { nil: null, freq: 2 });
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    {
      weight: 6,
      arbitrary: fc.record({
        level: valid,
        notApplicable: fc.constant(false),
        target,
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        level: fc.constant(null),
        notApplicable: fc.constant(true),
        target,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        level: fc.constant(null),
        notApplicable: fc.constant(false),
        target,
      }),
    },
    {
      // out-of-scale levels (may coincide with a valid one; that is fine)
      weight: 1,
      arbitrary: fc.record({
        level: fc.oneof(fc.integer({ min: -50, max: 50 }), fc.double({ noNaN: false })),
        notApplicable: fc.boolean(),
        target: fc.option(fc.integer({ min: -50, max: 50 }), { nil: null }),
      }),
    },
  );
};

const answersArb = (f: ScoringFramework): fc.Arbitrary<ScoringAnswers> => {
  const criteria = allCriteria(f);
  return fc.tuple(...criteria.map((c) => answerArb(valuesOf(scaleOf(f, c))))).map((list) => {
    const out: Record<string, ScoringAnswer | undefined> = {};
    criteria.forEach((c, i) => {
      out[c.id] = list[i];
    });
    // an answer for a criterion that does not exist must be harmless
    out['unknown-criterion'] = {
      level: 3,
      notApplicable: false,
      target: null,
    };
    return out;
  });
};

const caseArb = frameworkArb.chain((f) => answersArb(f).map((answers) => ({ f, answers })));

// ---------------------------------------------------------------------------------------------
// Assertions
// ---------------------------------------------------------------------------------------------

function inPct(v: number | null): boolean {
  return v === null || (Number.isFinite(v) && v >= 0 && v <= 100);
}

function checkAggregate(a: Aggregate): void {
  expect(inPct(a.score)).toBe(true);
  expect(inPct(a.target)).toBe(true);
  expect(inPct(a.gap)).toBe(true);
  expect(inPct(a.pctAtOrAboveNorm)).toBe(true);
  expect(a.completeness.ratio).toBeGreaterThanOrEqual(0);
  expect(a.completeness.ratio).toBeLessThanOrEqual(1);
  const { total, answered, notApplicable, unanswered, invalid } = a.completeness;
  expect(answered + notApplicable + unanswered).toBe(total);
  expect(invalid).toBeLessThanOrEqual(unanswered);
  // all-or-nothing: score, target and gap are null together
  expect(a.score === null).toBe(a.gap === null);
  expect(a.score === null).toBe(a.target === null);
}

function closeOrBothNull(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= TOL;
}

function sameAggregate(a: Aggregate, b: Aggregate): void {
  expect(closeOrBothNull(a.score, b.score)).toBe(true);
  expect(closeOrBothNull(a.target, b.target)).toBe(true);
  expect(closeOrBothNull(a.gap, b.gap)).toBe(true);
  expect(closeOrBothNull(a.pctAtOrAboveNorm, b.pctAtOrAboveNorm)).toBe(true);
  expect(a.completeness.total).toBe(b.completeness.total);
  expect(a.completeness.answered).toBe(b.completeness.answered);
  expect(a.completeness.notApplicable).toBe(b.completeness.notApplicable);
  expect(a.completeness.unanswered).toBe(b.completeness.unanswered);
  expect(Math.abs(a.completeness.ratio - b.completeness.ratio)).toBeLessThanOrEqual(TOL);
  expect(a.scoredCount).toBe(b.scoredCount);
  expect(a.atOrAboveNormCount).toBe(b.atOrAboveNormCount);
}

function criteriaById(r: AssessmentResult) {
  return new Map(r.domains.flatMap((d) => d.criteria).map((c) => [c.criterionId, c]));
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

describe('scoring properties', { timeout: PROPERTY_TIMEOUT }, () => {
  it('all percentages stay within 0..100 (or null), gaps never negative, completeness in 0..1', () => {
    fc.assert(
      fc.property(caseArb, ({ f, answers }) => {
        const r = scoreAssessment(f, answers);
        checkAggregate(r.overall);
        for (const d of r.domains) {
          checkAggregate(d);
          for (const c of d.criteria) {
            expect(inPct(c.normalisedScore)).toBe(true);
            expect(inPct(c.normalisedGap)).toBe(true);
            expect(inPct(c.normalisedTarget)).toBe(true);
            expect(inPct(c.normalisedNorm)).toBe(true);
            if (c.gap !== null) expect(c.gap).toBeGreaterThanOrEqual(0);
            if (c.normalisedGap !== null) expect(c.normalisedGap).toBeGreaterThanOrEqual(0);
            // a scored criterion has every scored field, an unscored one none
            expect(c.normalisedScore === null).toBe(!c.includedInScore);
            expect(c.gap === null).toBe(!c.includedInScore);
            expect(c.atOrAboveNorm === null).toBe(!c.includedInScore);
          }
        }
        expect(r.overall.completeness.total).toBe(allCriteria(f).length);
      }),
      { numRuns: runs(RUNS) },
    );
  });

  it('domain and overall scores lie between the lowest and highest criterion score', () => {
    fc.assert(
      fc.property(caseArb, ({ f, answers }) => {
        const r = scoreAssessment(f, answers);
        const check = (agg: Aggregate, scores: number[]) => {
          if (scores.length === 0) {
            expect(agg.score).toBeNull();
            return;
          }
          expect(agg.score).not.toBeNull();
          expect(agg.score!).toBeGreaterThanOrEqual(Math.min(...scores) - TOL);
          expect(agg.score!).toBeLessThanOrEqual(Math.max(...scores) + TOL);
        };
        const scoresOf = (cs: readonly { normalisedScore: number | null }[]) =>
          cs.map((c) => c.normalisedScore).filter((s): s is number => s !== null);
        for (const d of r.domains) check(d, scoresOf(d.criteria));
        check(r.overall, scoresOf(r.domains.flatMap((d) => d.criteria)));
      }),
      { numRuns: runs(RUNS) },
    );
  });

  it("marking a criterion N/A never changes any other criterion's result", () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), ({ f, answers }, pick) => {
        const criteria = allCriteria(f);
        const target = criteria[pick % criteria.length]!;
        const before = criteriaById(scoreAssessment(f, answers));
        const after = criteriaById(
          scoreAssessment(f, {
            ...answers,
            [target.id]: { level: null, notApplicable: true, target: null },
          }),
        );
        for (const c of criteria) {
          if (c.id === target.id) continue;
          expect(after.get(c.id)).toEqual(before.get(c.id));
        }
        // and when the scale excludes N/A, the marked criterion leaves the score
        if (
          scaleOf(f, target).notApplicable.allowed &&
          scaleOf(f, target).notApplicable.excludedFromScore
        ) {
          expect(after.get(target.id)!.includedInScore).toBe(false);
        }
      }),
      { numRuns: runs(RUNS) },
    );
  });

  it("raising one criterion's level never lowers its domain score or the overall score", () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.nat(), fc.nat(), ({ f, answers }, pick, i1, i2) => {
        const criteria = allCriteria(f);
        const c = criteria[pick % criteria.length]!;
        const vs = valuesOf(scaleOf(f, c));
        const a = i1 % vs.length;
        const b = i2 % vs.length;
        const low = vs[Math.min(a, b)]!;
        const high = vs[Math.max(a, b)]!;
        const prev = answers[c.id];
        const keepTarget = prev?.target ?? null;
        const rLow = scoreAssessment(f, {
          ...answers,
          [c.id]: { level: low, notApplicable: false, target: keepTarget },
        });
        const rHigh = scoreAssessment(f, {
          ...answers,
          [c.id]: { level: high, notApplicable: false, target: keepTarget },
        });
        const dLow = rLow.domains.find((d) => d.criteria.some((x) => x.criterionId === c.id))!;
        const dHigh = rHigh.domains.find((d) => d.domainId === dLow.domainId)!;
        expect(dLow.score).not.toBeNull();
        expect(dHigh.score!).toBeGreaterThanOrEqual(dLow.score!);
        expect(rHigh.overall.score!).toBeGreaterThanOrEqual(rLow.overall.score!);
        // and its own gap never grows
        const cLow = dLow.criteria.find((x) => x.criterionId === c.id)!;
        const cHigh = dHigh.criteria.find((x) => x.criterionId === c.id)!;
        expect(cHigh.normalisedGap!).toBeLessThanOrEqual(cLow.normalisedGap!);
      }),
      { numRuns: runs(RUNS) },
    );
  });

  it('shuffling domains and criteria never changes overall, domain or criterion results', () => {
    // Random sort keys give a permutation of any framework size up to 64 items.
    const keysArb = fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), {
      minLength: 64,
      maxLength: 64,
    });
    fc.assert(
      fc.property(caseArb, keysArb, ({ f, answers }, keys) => {
        let k = 0;
        const shuffle = <T>(xs: readonly T[]): T[] =>
          xs
            .map((x, i) => ({ x, key: keys[k++ % keys.length]!, i }))
            .sort((p, q) => p.key - q.key || q.i - p.i)
            .map((p) => p.x);
        const shuffled: ScoringFramework = {
          ...f,
          domains: shuffle(f.domains.map((d) => ({ ...d, criteria: shuffle(d.criteria) }))),
        };
        const r1 = scoreAssessment(f, answers);
        const r2 = scoreAssessment(shuffled, answers);
        sameAggregate(r1.overall, r2.overall);
        const d2 = new Map(r2.domains.map((d) => [d.domainId, d]));
        for (const d of r1.domains) sameAggregate(d, d2.get(d.domainId)!);
        const c2 = criteriaById(r2);
        for (const [id, c] of criteriaById(r1)) expect(c2.get(id)).toEqual(c);
      }),
      { numRuns: runs(RUNS) },
    );
  });

  it('scaling every weight by the same factor never changes the results', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.double({ min: 0.1, max: 50, noNaN: true }),
        ({ f, answers }, factor) => {
          const scaled: ScoringFramework = {
            ...f,
            domains: f.domains.map((d) => ({
              ...d,
              criteria: d.criteria.map((c) => ({
                ...c,
                weight: c.weight * factor,
              })),
            })),
          };
          const r1 = scoreAssessment(f, answers);
          const r2 = scoreAssessment(scaled, answers);
          sameAggregate(r1.overall, r2.overall);
          r1.domains.forEach((d, i) => sameAggregate(d, r2.domains[i]!));
        },
      ),
      { numRuns: runs(RUNS) },
    );
  });

  it('answers for unknown criterion ids are ignored', () => {
    fc.assert(
      fc.property(caseArb, ({ f, answers }) => {
        const known = Object.fromEntries(
          Object.entries(answers).filter(([id]) => allCriteria(f).some((c) => c.id === id)),
        );
        expect(scoreAssessment(f, answers)).toEqual(scoreAssessment(f, known));
      }),
      { numRuns: runs(100) },
    );
  });

  it('one scorer reused for many rounds gives each round the result it gets alone', () => {
    const roundsArb = frameworkArb.chain((f) =>
      fc.array(answersArb(f), { minLength: 2, maxLength: 5 }).map((rounds) => ({ f, rounds })),
    );
    fc.assert(
      fc.property(roundsArb, ({ f, rounds }) => {
        const score = createScorer(f);
        const together = rounds.map((answers) => score(answers));
        // Scored again in reverse: nothing carries over from one round to the next.
        const reversed = [...rounds]
          .reverse()
          .map((answers) => score(answers))
          .reverse();
        rounds.forEach((answers, i) => {
          const alone = scoreAssessment(f, answers);
          expect(together[i]).toEqual(alone);
          expect(reversed[i]).toEqual(alone);
        });
      }),
      { numRuns: runs(RUNS) },
    );
  });
});
