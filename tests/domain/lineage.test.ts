import { describe, expect, it } from 'vitest';
import { checkLineage, checkLineageAgainst } from '../../src/domain/lineage';
import type { Criterion, CriterionLineage, Framework } from '../../src/schemas/framework';

const text = (nl: string) => ({ 'nl-BE': nl, en: nl });

function criterion(id: string, lineage?: CriterionLineage, scale?: string): Criterion {
  return {
    id,
    code: id.toUpperCase(),
    title: text(id),
    description: text(id),
    ...(scale ? { scale } : {}),
    levelDescriptors: [],
    guidance: [],
    evidenceExamples: [],
    weight: 1,
    references: [],
    ...(lineage ? { lineage } : {}),
  };
}

function framework(
  version: string,
  criteria: Criterion[],
  lineage?: Framework['lineage'],
): Framework {
  return {
    formatVersion: 2,
    id: 'kader',
    version,
    status: 'concept',
    publishedOn: '2026-12-01',
    languages: ['nl-BE', 'en'],
    title: text('Kader'),
    description: text('Kader'),
    sources: [],
    referenceKinds: [],
    scales: [
      {
        id: 'groei',
        type: 'ordinal',
        label: text('Groei'),
        levels: [1, 2, 3].map((value) => ({
          value,
          label: text(`${value}`),
          descriptor: text('x'),
        })),
        notApplicable: { allowed: true, reasonRequired: true, excludedFromScore: true },
        normLevel: 3,
      },
      {
        id: 'ja-nee',
        type: 'yesno',
        label: text('Ja/nee'),
        levels: [0, 1].map((value) => ({ value, label: text(`${value}`), descriptor: text('x') })),
        notApplicable: { allowed: false, reasonRequired: false, excludedFromScore: true },
        normLevel: 1,
      },
    ],
    defaultScale: 'groei',
    domains: [{ id: 'd', code: 'D', title: text('D'), description: text('D'), criteria }],
    ...(lineage ? { lineage } : {}),
    changelog: [{ version, date: '2026-12-01', changes: text('x') }],
  };
}

const previous = framework(
  '1.0.0',
  ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => criterion(id)),
);

/** A 1.1.0 that uses every relation once and accounts for every criterion of 1.0.0. */
function next(overrides: Record<string, Criterion | null> = {}, withdrawn = ['g']): Framework {
  const base: Record<string, Criterion | null> = {
    a: criterion('a', { relation: 'unchanged', from: ['a'] }),
    b: criterion('b', { relation: 'reworded', from: ['b'] }),
    c: criterion('c', { relation: 'stricter', from: ['c'] }),
    'd-1': criterion('d-1', { relation: 'split', from: ['d'] }),
    'd-2': criterion('d-2', { relation: 'split', from: ['d'] }),
    ef: criterion('ef', { relation: 'merged', from: ['e', 'f'] }),
    h: criterion('h', { relation: 'new', from: [] }),
    ...overrides,
  };
  const criteria = Object.values(base).filter((c): c is Criterion => c !== null);
  return framework('1.1.0', criteria, {
    previousVersion: '1.0.0',
    withdrawn: withdrawn.map((id) => ({ id, reason: text('Geschrapt.') })),
  });
}

const codes = (problems: { code: string }[]) => problems.map((p) => p.code);

describe('lineage', () => {
  it('accepts every relation when each earlier criterion is accounted for', () => {
    expect(checkLineage(next())).toEqual([]);
    expect(checkLineageAgainst(next(), previous)).toEqual([]);
  });

  it('unchanged: exactly one earlier criterion, which must exist, with the same scale levels', () => {
    const two = next({ a: criterion('a', { relation: 'unchanged', from: ['a', 'b'] }) });
    expect(codes(checkLineage(two))).toContain('lineage-source-count');
    const unknown = next({ a: criterion('a', { relation: 'unchanged', from: ['zz'] }) });
    expect(codes(checkLineageAgainst(unknown, previous))).toEqual([
      'lineage-unknown-source',
      'lineage-unaccounted',
    ]);
    const otherScale = next({
      a: criterion('a', { relation: 'unchanged', from: ['a'] }, 'ja-nee'),
    });
    expect(codes(checkLineageAgainst(otherScale, previous))).toEqual(['lineage-scale-changed']);
  });

  it('reworded: one predecessor, not shared with another criterion', () => {
    const shared = next({ b: criterion('b', { relation: 'reworded', from: ['a'] }) });
    const problems = checkLineage(shared);
    expect(codes(problems)).toEqual(['lineage-source-shared']);
    expect(codes(checkLineageAgainst(shared, previous))).toEqual(['lineage-unaccounted']);
  });

  it('stricter: may change the scale (the meaning changed, so trends break there)', () => {
    const stricter = next({ c: criterion('c', { relation: 'stricter', from: ['c'] }, 'ja-nee') });
    expect(checkLineage(stricter)).toEqual([]);
    expect(checkLineageAgainst(stricter, previous)).toEqual([]);
  });

  it('split: at least two parts share the one earlier criterion', () => {
    const single = next({ 'd-2': null });
    expect(codes(checkLineage(single))).toEqual(['lineage-split-single']);
    const mixed = next({ 'd-2': criterion('d-2', { relation: 'reworded', from: ['d'] }) });
    expect(codes(checkLineage(mixed))).toEqual(['lineage-source-shared']);
  });

  it('merged: two or more earlier criteria, each listed once', () => {
    const one = next({ ef: criterion('ef', { relation: 'merged', from: ['e'] }) });
    expect(codes(checkLineage(one))).toEqual(['lineage-source-count']);
    const twice = next({ ef: criterion('ef', { relation: 'merged', from: ['e', 'e', 'f'] }) });
    expect(codes(checkLineage(twice))).toEqual(['lineage-source-duplicate']);
  });

  it('new: no earlier criterion, and no earlier id', () => {
    const withSource = next({ h: criterion('h', { relation: 'new', from: ['a'] }) });
    expect(codes(checkLineage(withSource))).toEqual([
      'lineage-source-count',
      'lineage-source-shared',
    ]);
    const reused = next({ h: criterion('g', { relation: 'new', from: [] }) }, []);
    // The new "g" is not the earlier "g": that one is then also unaccounted for.
    expect(codes(checkLineageAgainst(reused, previous))).toEqual([
      'lineage-new-reuses-id',
      'lineage-unaccounted',
    ]);
  });

  it('withdrawn: listed at framework level, existing before, not taken over, not reused', () => {
    expect(codes(checkLineageAgainst(next({}, []), previous))).toEqual(['lineage-unaccounted']);
    expect(codes(checkLineageAgainst(next({}, ['g', 'zz']), previous))).toEqual([
      'lineage-unknown-withdrawn',
    ]);
    expect(codes(checkLineage(next({}, ['g', 'a'])))).toEqual([
      'lineage-withdrawn-cited',
      'lineage-withdrawn-reused',
    ]);
    expect(codes(checkLineage(next({}, ['g', 'g'])))).toEqual(['lineage-withdrawn-duplicate']);
  });

  it('needs a lineage on every criterion once the framework names a previous version', () => {
    const missing = next({ h: criterion('h') });
    expect(checkLineage(missing)).toEqual([
      { code: 'lineage-missing', path: ['domains', 0, 'criteria', 6], params: { id: 'h' } },
    ]);
    const orphan = framework('1.1.0', [criterion('a', { relation: 'unchanged', from: ['a'] })]);
    expect(codes(checkLineage(orphan))).toEqual(['lineage-without-previous']);
    const backwards = framework('1.0.0', [], { previousVersion: '1.1.0', withdrawn: [] });
    expect(codes(checkLineage(backwards))).toEqual(['lineage-previous-not-earlier']);
  });
});

describe('lineage problems point at the field to fix and name what the message needs', () => {
  const at = (index: number, ...rest: (string | number)[]) => [
    'domains',
    0,
    'criteria',
    index,
    ...rest,
  ];

  it('without a previous version, and with a previous version that is not earlier', () => {
    const orphan = framework('1.1.0', [criterion('a', { relation: 'unchanged', from: ['a'] })]);
    expect(checkLineage(orphan)).toEqual([
      { code: 'lineage-without-previous', path: at(0, 'lineage'), params: {} },
    ]);
    const same = framework('1.1.0', [], { previousVersion: '1.1.0', withdrawn: [] });
    expect(checkLineage(same)).toEqual([
      {
        code: 'lineage-previous-not-earlier',
        path: ['lineage', 'previousVersion'],
        params: { previous: '1.1.0', version: '1.1.0' },
      },
    ]);
  });

  it('sources: count, duplicate, split into one part, shared', () => {
    expect(
      checkLineage(next({ ef: criterion('ef', { relation: 'merged', from: ['e'] }) })),
    ).toEqual([
      {
        code: 'lineage-source-count',
        path: at(5, 'lineage', 'from'),
        params: { relation: 'merged', count: 1 },
      },
    ]);
    expect(
      checkLineage(next({ ef: criterion('ef', { relation: 'merged', from: ['e', 'e', 'f'] }) })),
    ).toEqual([
      { code: 'lineage-source-duplicate', path: at(5, 'lineage', 'from', 1), params: { id: 'e' } },
    ]);
    expect(checkLineage(next({ 'd-2': null }))).toEqual([
      { code: 'lineage-split-single', path: at(3, 'lineage', 'from', 0), params: { id: 'd' } },
    ]);
    expect(
      checkLineage(next({ b: criterion('b', { relation: 'reworded', from: ['a'] }) })),
    ).toEqual([
      { code: 'lineage-source-shared', path: at(1, 'lineage', 'from', 0), params: { id: 'a' } },
    ]);
  });

  it('withdrawn: duplicate, cited, reused', () => {
    const path = ['lineage', 'withdrawn', 1, 'id'];
    expect(checkLineage(next({}, ['g', 'g']))).toEqual([
      { code: 'lineage-withdrawn-duplicate', path, params: { id: 'g' } },
    ]);
    expect(checkLineage(next({}, ['g', 'a']))).toEqual([
      { code: 'lineage-withdrawn-cited', path, params: { id: 'a' } },
      { code: 'lineage-withdrawn-reused', path, params: { id: 'a' } },
    ]);
  });

  it('against the earlier version: reused id, unknown source or withdrawal, unaccounted', () => {
    const reused = next({ h: criterion('g', { relation: 'new', from: [] }) }, []);
    expect(checkLineageAgainst(reused, previous)).toEqual([
      { code: 'lineage-new-reuses-id', path: at(6, 'id'), params: { id: 'g' } },
      { code: 'lineage-unaccounted', path: ['lineage'], params: { id: 'g', version: '1.0.0' } },
    ]);
    const unknown = next({ a: criterion('a', { relation: 'unchanged', from: ['zz'] }) }, [
      'g',
      'a',
      'yy',
    ]);
    expect(checkLineageAgainst(unknown, previous)).toEqual([
      {
        code: 'lineage-unknown-source',
        path: at(0, 'lineage', 'from', 0),
        params: { id: 'zz', version: '1.0.0' },
      },
      {
        code: 'lineage-unknown-withdrawn',
        path: ['lineage', 'withdrawn', 2, 'id'],
        params: { id: 'yy', version: '1.0.0' },
      },
    ]);
  });

  it('a same-meaning relation onto a scale whose levels changed', () => {
    const otherScale = next({
      a: criterion('a', { relation: 'unchanged', from: ['a'] }, 'ja-nee'),
    });
    expect(checkLineageAgainst(otherScale, previous)).toEqual([
      {
        code: 'lineage-scale-changed',
        path: at(0, 'lineage', 'relation'),
        params: { id: 'a', relation: 'unchanged' },
      },
    ]);
  });

  it('compares the levels of the scale each criterion uses, even under the same scale id', () => {
    const base = next();
    const relevelled: Framework = {
      ...base,
      scales: base.scales.map((s) =>
        s.id === 'groei'
          ? { ...s, levels: [1, 2, 4].map((value) => ({ ...s.levels[0]!, value })) }
          : s,
      ),
    };
    // a, b (unchanged, reworded) on the default scale, now 1,2,4 instead of 1,2,3.
    expect(codes(checkLineageAgainst(relevelled, previous))).toEqual([
      'lineage-scale-changed',
      'lineage-scale-changed',
    ]);
    // Earlier on the default scale, now explicitly on another one.
    const moved = next({ b: criterion('b', { relation: 'reworded', from: ['b'] }, 'ja-nee') });
    const earlierYesNo = framework(
      '1.0.0',
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => criterion(id, undefined, 'ja-nee')),
    );
    expect(codes(checkLineageAgainst(moved, earlierYesNo))).toEqual(['lineage-scale-changed']);
  });

  it('has nothing to check against an earlier version without a lineage of its own', () => {
    expect(checkLineageAgainst(previous, previous)).toEqual([]);
    // A criterion without a lineage is reported by checkLineage, not here.
    expect(checkLineageAgainst(next({ h: criterion('h') }), previous)).toEqual([]);
  });
});
