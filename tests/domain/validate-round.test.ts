import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_REVISION,
  clipForEcho,
  validateRound,
  type Round,
  type RoundAnswer,
  type RoundContext,
  type RoundFramework,
  type RoundLink,
  type RoundProblemCode,
} from '../../src/domain/validate-round';
import { HEAVY_TEST } from '../timeouts';
import { runs } from '../property-runs';

const NOW = new Date('2026-06-15T12:00:00.000Z');

const framework: RoundFramework = {
  id: 'fw',
  version: '1.0.0',
  defaultScale: 'ordinal',
  scales: [
    {
      id: 'ordinal',
      levels: [{ value: 1 }, { value: 2 }, { value: 3 }, { value: 4 }],
      notApplicable: { allowed: true, reasonRequired: true },
    },
    {
      id: 'yesno',
      levels: [{ value: 0 }, { value: 1 }],
      notApplicable: { allowed: false, reasonRequired: false },
    },
  ],
  domains: [
    { criteria: [{ id: 'c-1' }, { id: 'c-2' }] },
    { criteria: [{ id: 'c-3', scale: 'yesno' }] },
  ],
};

function answer(overrides: Partial<RoundAnswer> = {}): RoundAnswer {
  return {
    level: 2,
    notApplicable: false,
    naReason: '',
    target: null,
    updatedAt: '2026-03-01T10:00:00.000Z',
    actions: [],
    ...overrides,
  };
}

function round(overrides: Partial<Round> = {}): Round {
  return {
    id: 'r-2',
    facilityId: 'f-1',
    frameworkId: 'fw',
    frameworkVersion: '1.0.0',
    status: 'concept',
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    finalisedAt: null,
    reopenings: [],
    revision: 3,
    previousAssessmentId: 'r-1',
    answers: { 'c-1': answer(), 'c-3': answer({ level: 1 }) },
    ...overrides,
  };
}

const rounds: Record<string, RoundLink> = {
  'r-1': { facilityId: 'f-1', createdAt: '2025-03-01T09:00:00.000Z' },
  'r-other': { facilityId: 'f-2', createdAt: '2025-03-01T09:00:00.000Z' },
  'r-later': { facilityId: 'f-1', createdAt: '2026-05-01T09:00:00.000Z' },
};

const context: RoundContext = {
  framework,
  findRound: (id) => rounds[id],
  now: NOW,
};

const codes = (r: Round, ctx: RoundContext = context) => validateRound(r, ctx).map((p) => p.code);

describe('validateRound', () => {
  it('accepts a consistent concept round and a consistent finalised one', () => {
    expect(validateRound(round(), context)).toEqual([]);
    expect(
      validateRound(
        round({
          status: 'afgerond',
          finalisedAt: '2026-03-02T09:00:00.000Z',
          previousAssessmentId: null,
          answers: { 'c-2': answer({ level: null, notApplicable: true, naReason: 'Geen' }) },
        }),
        context,
      ),
    ).toEqual([]);
  });

  it('refuses levels and targets off the scale, with their paths', () => {
    const problems = validateRound(
      round({
        answers: {
          'c-1': answer({ level: -3, target: 99 }),
          'c-2': answer({ level: 0 }),
          'c-3': answer({ level: 42 }),
        },
      }),
      context,
    );
    expect(problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['level-off-scale', 'answers.c-1.level'],
      ['target-off-scale', 'answers.c-1.target'],
      ['level-off-scale', 'answers.c-2.level'],
      ['level-off-scale', 'answers.c-3.level'],
    ]);
    expect(problems[0]!.params).toEqual({ value: -3, allowed: '1, 2, 3, 4' });
  });

  it('refuses criterion ids the framework version does not have', () => {
    expect(codes(round({ answers: { 'c-9': answer() } }))).toEqual(['unknown-criterion']);
  });

  it('applies the N/A rules', () => {
    expect(codes(round({ answers: { 'c-1': answer({ notApplicable: true }) } }))).toEqual([
      'na-with-level',
    ]);
    expect(
      codes(round({ answers: { 'c-3': answer({ level: null, notApplicable: true }) } })),
    ).toEqual(['na-not-allowed']);
    const finalised = {
      status: 'afgerond',
      finalisedAt: '2026-03-02T09:00:00.000Z',
    } as const;
    expect(
      codes(
        round({
          ...finalised,
          answers: { 'c-1': answer({ level: null, notApplicable: true, naReason: '  ' }) },
        }),
      ),
    ).toEqual(['na-reason-missing']);
    // A concept round may still be writing its reason.
    expect(
      codes(round({ answers: { 'c-1': answer({ level: null, notApplicable: true }) } })),
    ).toEqual([]);
  });

  it('checks the previous-round link', () => {
    expect(codes(round({ previousAssessmentId: 'r-2' }))).toEqual(['previous-self']);
    expect(codes(round({ previousAssessmentId: 'nowhere' }))).toEqual(['previous-missing']);
    expect(codes(round({ previousAssessmentId: 'r-other' }))).toEqual(['previous-other-facility']);
    expect(codes(round({ previousAssessmentId: 'r-later' }))).toEqual(['previous-not-earlier']);
  });

  it('checks status and dates', () => {
    expect(codes(round({ status: 'afgerond' }))).toEqual(['finalised-without-date']);
    expect(codes(round({ finalisedAt: '2026-03-02T09:00:00.000Z' }))).toEqual([
      'concept-with-finalised-date',
    ]);
    expect(codes(round({ updatedAt: '2026-02-01T00:00:00.000Z' }))).toContain(
      'updated-before-created',
    );
    expect(codes(round({ status: 'afgerond', finalisedAt: '2026-02-01T00:00:00.000Z' }))).toEqual([
      'finalised-out-of-order',
    ]);
    expect(codes(round({ reopenings: [{ at: '2027-01-01T00:00:00.000Z' }] }))).toEqual([
      'timestamp-in-future',
    ]);
    expect(codes(round({ reopenings: [{ at: '2026-02-01T00:00:00.000Z' }] }))).toEqual([
      'reopened-out-of-order',
    ]);
  });

  it('refuses timestamps outside a plausible window, allowing a small clock skew', () => {
    expect(codes(round({ updatedAt: '9999-12-31T23:59:59.999Z' }))).toEqual([
      'timestamp-in-future',
    ]);
    expect(codes(round({ updatedAt: '2026-06-15T12:30:00.000Z' }))).toEqual([]);
    expect(
      codes(round({ updatedAt: '2026-06-15T12:30:00.000Z' }), { ...context, clockSkewMs: 0 }),
    ).toEqual(['timestamp-in-future']);
    expect(codes(round({ createdAt: '1970-01-01T00:00:00.000Z' }))).toEqual([
      'timestamp-too-early',
    ]);
    expect(
      codes(round({ answers: { 'c-1': answer({ updatedAt: '9999-01-01T00:00:00.000Z' }) } })),
    ).toEqual(['timestamp-in-future']);
    expect(
      codes(
        round({
          answers: { 'c-1': answer({ actions: [{ dueDate: '9999-01-01' }] }) },
        }),
      ),
    ).toEqual(['date-out-of-range']);
  });

  it('refuses a revision that could overflow', () => {
    expect(codes(round({ revision: MAX_REVISION + 1 }))).toEqual(['revision-too-large']);
    expect(codes(round({ revision: Number.MAX_SAFE_INTEGER }))).toEqual(['revision-too-large']);
  });

  it('bounds every string and key, and clips what it echoes', () => {
    const long = 'x'.repeat(20_000);
    const problems = validateRound(
      round({ answers: { 'c-1': answer({ naReason: long }), [long]: answer() } }),
      context,
    );
    expect(problems.map((p) => p.code).sort()).toEqual(
      ['key-too-long', 'string-too-long', 'unknown-criterion'].sort(),
    );
    for (const p of problems) {
      for (const value of Object.values(p.params)) expect(String(value).length).toBeLessThan(80);
      for (const segment of p.path) expect(String(segment).length).toBeLessThanOrEqual(100);
    }
  });

  it('names where each too long string or key is, however deep', () => {
    const long = 'x'.repeat(5001);
    const longKey = 'k'.repeat(101);
    const nested = {
      ...answer({ naReason: long }),
      actions: [{ dueDate: null }, { dueDate: null, what: long }],
      [longKey]: { deeper: [long] },
    };
    const problems = validateRound(
      round({ answers: { 'c-1': nested as RoundAnswer }, periodLabel: long } as Partial<Round>),
      { ...context, maxProblems: 10 },
    ).filter((p) => p.code === 'string-too-long' || p.code === 'key-too-long');
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['string-too-long', ['periodLabel']],
      ['key-too-long', ['answers', 'c-1']],
      ['string-too-long', ['answers', 'c-1', `${'k'.repeat(99)}…`, 'deeper', 0]],
      ['string-too-long', ['answers', 'c-1', 'actions', 1, 'what']],
      ['string-too-long', ['answers', 'c-1', 'naReason']],
    ]);
  });

  it('refuses a round whose framework is unknown or another version', () => {
    expect(codes(round(), { ...context, framework: undefined })).toEqual(['framework-unknown']);
    expect(codes(round({ frameworkVersion: '2.0.0' }))).toEqual(['framework-mismatch']);
  });

  it('stops at maxProblems', () => {
    const answers: Record<string, RoundAnswer> = {};
    for (let i = 0; i < 500; i++) answers[`x-${i}`] = answer();
    expect(validateRound(round({ answers }), { ...context, maxProblems: 10 })).toHaveLength(10);
  });
});

describe('validateRound: where each problem is and what it names', () => {
  const problemsOf = (r: Round, ctx: RoundContext = context) =>
    validateRound(r, ctx).map((p) => ({ code: p.code, path: p.path, params: p.params }));
  const finalised = { status: 'afgerond', finalisedAt: '2026-03-02T09:00:00.000Z' } as const;

  it('points at the field of each date problem and echoes the value', () => {
    expect(problemsOf(round({ revision: MAX_REVISION + 1 }))).toEqual([
      { code: 'revision-too-large', path: ['revision'], params: { max: MAX_REVISION } },
    ]);
    expect(problemsOf(round({ createdAt: 'gisteren' }))).toEqual([
      { code: 'timestamp-invalid', path: ['createdAt'], params: {} },
    ]);
    expect(problemsOf(round({ updatedAt: '2027-01-01T00:00:00.000Z' }))).toEqual([
      {
        code: 'timestamp-in-future',
        path: ['updatedAt'],
        params: { value: '2027-01-01T00:00:00.000Z' },
      },
    ]);
    expect(problemsOf(round({ ...finalised, finalisedAt: '1999-12-31T23:59:59.999Z' }))).toEqual([
      {
        code: 'timestamp-too-early',
        path: ['finalisedAt'],
        params: { value: '1999-12-31T23:59:59.999Z' },
      },
    ]);
    expect(problemsOf(round({ status: 'afgerond' }))).toEqual([
      { code: 'finalised-without-date', path: ['finalisedAt'], params: {} },
    ]);
    expect(problemsOf(round({ finalisedAt: '2026-03-02T09:00:00.000Z' }))).toEqual([
      { code: 'concept-with-finalised-date', path: ['finalisedAt'], params: {} },
    ]);
    expect(problemsOf(round({ updatedAt: '2026-02-01T00:00:00.000Z' }))).toEqual([
      { code: 'updated-before-created', path: ['updatedAt'], params: {} },
    ]);
    expect(problemsOf(round({ ...finalised, finalisedAt: '2026-02-01T00:00:00.000Z' }))).toEqual([
      { code: 'finalised-out-of-order', path: ['finalisedAt'], params: {} },
    ]);
    expect(
      problemsOf(round({ reopenings: [{ at: '2026-03-01T12:00:00.000Z' }, { at: 'nooit' }] })),
    ).toEqual([{ code: 'timestamp-invalid', path: ['reopenings', 1, 'at'], params: {} }]);
    expect(problemsOf(round({ reopenings: [{ at: '2026-02-01T00:00:00.000Z' }] }))).toEqual([
      { code: 'reopened-out-of-order', path: ['reopenings', 0, 'at'], params: {} },
    ]);
  });

  it('accepts the exact edges of every window', () => {
    // Now plus the default clock skew of an hour; the first moment of 2000.
    expect(codes(round({ updatedAt: '2026-06-15T13:00:00.000Z' }))).toEqual([]);
    expect(codes(round({ updatedAt: '2026-06-15T13:00:00.001Z' }))).toEqual([
      'timestamp-in-future',
    ]);
    expect(
      codes(round({ createdAt: '2000-01-01T00:00:00.000Z', previousAssessmentId: null })),
    ).toEqual([]);
    expect(codes(round({ revision: MAX_REVISION }))).toEqual([]);
    expect(
      codes(round({ answers: { 'c-1': answer({ actions: [{ dueDate: '2000-01-01' }] }) } })),
    ).toEqual([]);
    expect(
      codes(round({ answers: { 'c-1': answer({ actions: [{ dueDate: '2199-12-31' }] }) } })),
    ).toEqual([]);
    expect(
      codes(round({ answers: { 'c-1': answer({ actions: [{ dueDate: '1999-12-31' }] }) } })),
    ).toEqual(['date-out-of-range']);
    // Reopened at the very moment the round was created or last saved.
    expect(
      codes(
        round({
          reopenings: [{ at: '2026-03-01T09:00:00.000Z' }, { at: '2026-03-02T09:00:00.000Z' }],
        }),
      ),
    ).toEqual([]);
    // A previous round created at the same instant is not earlier.
    const same = { 'r-0': { facilityId: 'f-1', createdAt: '2026-03-01T09:00:00.000Z' } };
    expect(
      codes(round({ previousAssessmentId: 'r-0' }), {
        ...context,
        findRound: (id) => same[id as 'r-0'],
      }),
    ).toEqual(['previous-not-earlier']);
  });

  it('refuses a finalisation or reopening after the last save', () => {
    expect(codes(round({ ...finalised, finalisedAt: '2026-03-03T09:00:00.000Z' }))).toEqual([
      'finalised-out-of-order',
    ]);
    expect(codes(round({ reopenings: [{ at: '2026-03-03T09:00:00.000Z' }] }))).toEqual([
      'reopened-out-of-order',
    ]);
  });

  it('does not judge the order against a date it could not read', () => {
    expect(codes(round({ ...finalised, updatedAt: 'kapot' }))).toEqual(['timestamp-invalid']);
    expect(
      codes(round({ updatedAt: 'kapot', reopenings: [{ at: '2026-03-01T12:00:00.000Z' }] })),
    ).toEqual(['timestamp-invalid']);
  });

  it('names the previous round it could not accept', () => {
    const path = ['previousAssessmentId'];
    expect(problemsOf(round({ previousAssessmentId: 'r-2' }))).toEqual([
      { code: 'previous-self', path, params: {} },
    ]);
    expect(problemsOf(round({ previousAssessmentId: 'nowhere' }))).toEqual([
      { code: 'previous-missing', path, params: { id: 'nowhere' } },
    ]);
    expect(problemsOf(round({ previousAssessmentId: 'r-other' }))).toEqual([
      { code: 'previous-other-facility', path, params: { id: 'r-other' } },
    ]);
    expect(problemsOf(round({ previousAssessmentId: 'r-later' }))).toEqual([
      { code: 'previous-not-earlier', path, params: { id: 'r-later' } },
    ]);
  });

  it('names the framework version it could not accept', () => {
    const expected = (code: RoundProblemCode, framework: string, version: string) => [
      { code, path: ['frameworkVersion'], params: { framework, version } },
    ];
    expect(problemsOf(round(), { ...context, framework: undefined })).toEqual(
      expected('framework-unknown', 'fw', '1.0.0'),
    );
    expect(problemsOf(round({ frameworkVersion: '2.0.0' }))).toEqual(
      expected('framework-mismatch', 'fw', '2.0.0'),
    );
    // Another framework with the same version number is no match either.
    expect(problemsOf(round({ frameworkId: 'ander' }))).toEqual(
      expected('framework-mismatch', 'ander', '1.0.0'),
    );
  });

  it('points into the answer for answer problems and names the values', () => {
    expect(
      problemsOf(
        round({
          answers: {
            'c-1': answer({
              target: 9,
              updatedAt: 'ooit',
              actions: [{ dueDate: null }, { dueDate: '2300-01-01' }],
            }),
            'c-2': answer({ notApplicable: true, naReason: 'geen' }),
            'c-9': answer(),
          },
        }),
      ),
    ).toEqual([
      { code: 'timestamp-invalid', path: ['answers', 'c-1', 'updatedAt'], params: {} },
      {
        code: 'date-out-of-range',
        path: ['answers', 'c-1', 'actions', 1, 'dueDate'],
        params: { value: '2300-01-01' },
      },
      {
        code: 'target-off-scale',
        path: ['answers', 'c-1', 'target'],
        params: { value: 9, allowed: '1, 2, 3, 4' },
      },
      { code: 'na-with-level', path: ['answers', 'c-2', 'level'], params: {} },
      {
        code: 'unknown-criterion',
        path: ['answers', 'c-9'],
        params: { criterion: 'c-9', framework: 'fw', version: '1.0.0' },
      },
    ]);
  });

  it('checks a carried-over proposal: on the scale, and none left in a finalised round', () => {
    const proposal = (level: number | null) => ({ level, notApplicable: false });
    expect(
      problemsOf(round({ answers: { 'c-3': answer({ level: 1, proposal: proposal(4) }) } })),
    ).toEqual([
      {
        code: 'proposal-off-scale',
        path: ['answers', 'c-3', 'proposal', 'level'],
        params: { value: 4, allowed: '0, 1' },
      },
    ]);
    expect(
      codes(round({ answers: { 'c-3': answer({ level: null, proposal: proposal(null) }) } })),
    ).toEqual([]);
    // A concept round may hold an open proposal; a finalised one may not.
    const open = { 'c-1': answer({ level: null, proposal: proposal(3) }) };
    expect(codes(round({ answers: open }))).toEqual([]);
    expect(problemsOf(round({ ...finalised, answers: open }))).toEqual([
      { code: 'proposal-in-final', path: ['answers', 'c-1', 'proposal'], params: {} },
    ]);
    // Confirmed (a level, or N/A) while the proposal is still stored: nothing pending.
    expect(
      codes(
        round({ ...finalised, answers: { 'c-1': answer({ level: 2, proposal: proposal(3) }) } }),
      ),
    ).toEqual([]);
    expect(
      codes(
        round({
          ...finalised,
          answers: {
            'c-1': answer({
              level: null,
              notApplicable: true,
              naReason: 'geen',
              proposal: proposal(3),
            }),
          },
        }),
      ),
    ).toEqual([]);
  });

  it('stops at maxProblems also across kinds of problems', () => {
    expect(
      codes(round({ revision: -1.5, createdAt: 'kapot', updatedAt: 'kapot' }), {
        ...context,
        maxProblems: 2,
      }),
    ).toEqual(['revision-too-large', 'timestamp-invalid']);
  });

  it('allows strings and keys of exactly the maximum length and names too long ones at the top', () => {
    const key100 = 'k'.repeat(100);
    expect(codes(round({ answers: { 'c-1': answer({ naReason: 'x'.repeat(5000) }) } }))).toEqual(
      [],
    );
    expect(codes({ ...round(), [key100]: 1 } as Round).filter((c) => c === 'key-too-long')).toEqual(
      [],
    );
    const key101 = 'k'.repeat(101);
    expect(
      problemsOf({ ...round(), [key101]: 1 } as Round).filter((p) => p.code === 'key-too-long'),
    ).toEqual([
      {
        code: 'key-too-long',
        path: [],
        params: { key: clipForEcho(key101), length: 101, max: 100 },
      },
    ]);
    expect(
      problemsOf(round({ answers: { 'c-1': answer({ naReason: 'x'.repeat(5001) }) } })),
    ).toEqual([
      {
        code: 'string-too-long',
        path: ['answers', 'c-1', 'naReason'],
        params: { length: 5001, max: 5000 },
      },
    ]);
  });
});

describe('clipForEcho', () => {
  it('keeps a value of up to the maximum length and clips a longer one to it, with an ellipsis', () => {
    expect(clipForEcho('x'.repeat(60))).toBe('x'.repeat(60));
    expect(clipForEcho('x'.repeat(61))).toBe(`${'x'.repeat(59)}…`);
    expect(clipForEcho('abcdef', 4)).toBe('abc…');
  });
});

// ---------------------------------------------------------------------------------------------
// Properties: valid rounds pass; every corruption is caught with its own code.
// ---------------------------------------------------------------------------------------------

const criterionIds = ['c-1', 'c-2', 'c-3'] as const;
const scaleValues: Record<string, number[]> = {
  'c-1': [1, 2, 3, 4],
  'c-2': [1, 2, 3, 4],
  'c-3': [0, 1],
};

const isoBetween = (from: string, to: string) =>
  fc.integer({ min: Date.parse(from), max: Date.parse(to) }).map((t) => new Date(t).toISOString());

const validAnswerArb = (criterionId: string, finalised: boolean): fc.Arbitrary<RoundAnswer> => {
  const values = scaleValues[criterionId]!;
  const naAllowed = criterionId !== 'c-3';
  return fc
    .record({
      notApplicable: naAllowed ? fc.boolean() : fc.constant(false),
      level: fc.option(fc.constantFrom(...values), { nil: null }),
      target: fc.option(fc.constantFrom(...values), { nil: null }),
      naReason: fc.string({ maxLength: 40 }),
      updatedAt: isoBetween('2025-01-02T00:00:00Z', '2026-01-01T00:00:00Z'),
      actions: fc.array(
        fc.record({
          dueDate: fc.option(fc.constantFrom('2026-01-01', '2030-12-31'), { nil: null }),
        }),
        { maxLength: 2 },
      ),
    })
    .map((a) =>
      a.notApplicable
        ? {
            ...a,
            level: null,
            naReason: finalised && a.naReason.trim() === '' ? 'reden' : a.naReason,
          }
        : a,
    );
};

const validRoundArb: fc.Arbitrary<Round> = fc
  .record({
    finalised: fc.boolean(),
    created: isoBetween('2025-06-01T00:00:00Z', '2025-12-31T00:00:00Z'),
    updatedAfterMs: fc.integer({ min: 0, max: 100 * 86_400_000 }),
    revision: fc.integer({ min: 0, max: MAX_REVISION }),
    previous: fc.constantFrom(null, 'r-1'),
    chosen: fc.subarray([...criterionIds]),
  })
  .chain((base) =>
    fc.tuple(...base.chosen.map((id) => validAnswerArb(id, base.finalised))).map((answers) => {
      const updatedAt = new Date(Date.parse(base.created) + base.updatedAfterMs).toISOString();
      return round({
        status: base.finalised ? 'afgerond' : 'concept',
        createdAt: base.created,
        updatedAt,
        finalisedAt: base.finalised ? updatedAt : null,
        revision: base.revision,
        previousAssessmentId: base.previous,
        answers: Object.fromEntries(base.chosen.map((id, i) => [id, answers[i]!])),
      });
    }),
  );

type Corruption = [RoundProblemCode, (r: Round) => fc.Arbitrary<Round>];

const withAnswer = (r: Round, id: string, a: Partial<RoundAnswer>): Round => ({
  ...r,
  answers: { ...r.answers, [id]: { ...(r.answers[id] ?? answer()), ...a } },
});

const offScale = (values: number[]) =>
  fc.integer({ min: -1_000_000, max: 1_000_000 }).filter((v) => !values.includes(v));

const corruptions: Corruption[] = [
  [
    'level-off-scale',
    (r) =>
      fc
        .tuple(fc.constantFrom(...criterionIds), offScale([0, 1, 2, 3, 4]))
        .map(([id, v]) => withAnswer(r, id, { level: v, notApplicable: false })),
  ],
  [
    'target-off-scale',
    (r) =>
      fc
        .tuple(fc.constantFrom(...criterionIds), offScale([0, 1, 2, 3, 4]))
        .map(([id, v]) => withAnswer(r, id, { target: v })),
  ],
  [
    'unknown-criterion',
    (r) =>
      fc
        .stringMatching(/^[a-z][a-z0-9-]{0,20}$/)
        .filter((id) => !(criterionIds as readonly string[]).includes(id))
        .map((id) => withAnswer(r, id, {})),
  ],
  [
    'na-with-level',
    (r) =>
      fc
        .tuple(fc.constantFrom('c-1', 'c-2'), fc.constantFrom(1, 2, 3, 4))
        .map(([id, v]) => withAnswer(r, id, { notApplicable: true, level: v, naReason: 'x' })),
  ],
  [
    'na-not-allowed',
    (r) => fc.constant(withAnswer(r, 'c-3', { notApplicable: true, level: null })),
  ],
  [
    'na-reason-missing',
    (r) =>
      fc.constantFrom('', ' ', '\n').map((reason) =>
        withAnswer({ ...r, status: 'afgerond', finalisedAt: r.updatedAt }, 'c-1', {
          notApplicable: true,
          level: null,
          naReason: reason,
        }),
      ),
  ],
  ['previous-self', (r) => fc.constant({ ...r, previousAssessmentId: r.id })],
  [
    'previous-missing',
    (r) =>
      fc
        .string({ minLength: 1, maxLength: 30 })
        .filter((id) => !(id in rounds) && id !== r.id)
        .map((id) => ({ ...r, previousAssessmentId: id })),
  ],
  ['previous-other-facility', (r) => fc.constant({ ...r, previousAssessmentId: 'r-other' })],
  [
    'previous-not-earlier',
    (r) =>
      fc.constant({
        ...r,
        previousAssessmentId: 'r-later',
        createdAt: '2026-04-01T00:00:00.000Z',
        updatedAt: '2026-04-02T00:00:00.000Z',
        finalisedAt: r.finalisedAt === null ? null : '2026-04-02T00:00:00.000Z',
      }),
  ],
  ['finalised-without-date', (r) => fc.constant({ ...r, status: 'afgerond', finalisedAt: null })],
  [
    'concept-with-finalised-date',
    (r) => fc.constant({ ...r, status: 'concept', finalisedAt: r.updatedAt }),
  ],
  [
    'updated-before-created',
    (r) =>
      fc.integer({ min: 1, max: 1e10 }).map((ms) => ({
        ...r,
        updatedAt: new Date(Date.parse(r.createdAt) - ms).toISOString(),
        finalisedAt: null,
        status: 'concept',
      })),
  ],
  [
    'timestamp-in-future',
    (r) =>
      fc
        .tuple(
          isoBetween('2026-06-16T00:00:00Z', '9999-12-31T23:59:59Z'),
          fc.constantFrom('createdAt', 'updatedAt'),
        )
        .map(([t, field]) => ({ ...r, [field]: t })),
  ],
  [
    'timestamp-too-early',
    (r) =>
      isoBetween('1970-01-01T00:00:00Z', '1999-12-31T00:00:00Z').map((t) => ({
        ...r,
        createdAt: t,
      })),
  ],
  [
    'timestamp-invalid',
    (r) =>
      fc.constantFrom('not a date', '2026-13-45T99:00:00Z').map((t) => ({ ...r, updatedAt: t })),
  ],
  [
    'revision-too-large',
    (r) =>
      fc
        .oneof(
          fc.integer({ min: MAX_REVISION + 1, max: Number.MAX_SAFE_INTEGER }),
          fc.constant(Number.MAX_SAFE_INTEGER + 2),
          fc.constant(Number.POSITIVE_INFINITY),
        )
        .map((revision) => ({ ...r, revision })),
  ],
  [
    'string-too-long',
    (r) =>
      fc
        .integer({ min: 5001, max: 50_000 })
        .map((n) => withAnswer(r, 'c-2', { naReason: 'y'.repeat(n) })),
  ],
  [
    'date-out-of-range',
    (r) =>
      fc
        .constantFrom('1900-01-01', '2999-01-01', '9999-12-31')
        .map((d) => withAnswer(r, 'c-1', { actions: [{ dueDate: d }] })),
  ],
];

describe('validateRound properties', HEAVY_TEST, () => {
  it('accepts every consistent round', () => {
    fc.assert(
      fc.property(validRoundArb, (r) => {
        expect(validateRound(r, context)).toEqual([]);
      }),
      { numRuns: runs(500) },
    );
  });

  it('refuses every corrupted round with the code of its corruption (1,900 generated)', () => {
    let checked = 0;
    for (const [code, corrupt] of corruptions) {
      fc.assert(
        fc.property(
          validRoundArb.chain((r) => corrupt(r)),
          (bad) => {
            checked += 1;
            const found = validateRound(bad, context).map((p) => p.code);
            expect(found).toContain(code);
          },
        ),
        { numRuns: runs(100) },
      );
    }
    expect(checked).toBeGreaterThanOrEqual(Math.min(1_000, corruptions.length * runs(100)));
  });
});
