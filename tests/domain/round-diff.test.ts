// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { answerDifferences, type ComparableAnswer } from '../../src/domain/round-diff';

const answer = (extra: Partial<ComparableAnswer> = {}): ComparableAnswer => ({
  level: 2,
  notApplicable: false,
  naReason: '',
  target: null,
  evidence: [],
  actions: [],
  toDiscuss: false,
  ...extra,
});

describe('answerDifferences', () => {
  it('names each differing field per criterion, in framework order', () => {
    const local = {
      b: answer(),
      a: answer({ level: 3 }),
      c: answer({ evidence: [{ id: 'e1', note: 'x' }] }),
    };
    const incoming = {
      a: answer({ level: 4, toDiscuss: true }),
      b: answer(),
      c: answer({ evidence: [{ note: 'x', id: 'e1' }], actions: [{ id: 'a1' }] }),
    };
    expect(answerDifferences(local, incoming, ['c', 'b', 'a'])).toEqual([
      { criterionId: 'c', fields: ['actions'] },
      { criterionId: 'a', fields: ['level', 'toDiscuss'] },
    ]);
  });

  it('treats a missing answer as an empty one and lists unknown criteria last', () => {
    const local = { a: answer({ level: null }), z: answer() };
    const incoming = {
      b: answer({ level: null, notApplicable: true, naReason: 'geen minderjarigen' }),
    };
    expect(answerDifferences(local, incoming, ['a', 'b'])).toEqual([
      { criterionId: 'b', fields: ['notApplicable', 'naReason'] },
      { criterionId: 'z', fields: ['level'] },
    ]);
  });

  it('lists criteria outside the framework order sorted by id', () => {
    const local = { m: answer({ level: 1 }), z: answer({ level: 1 }), a: answer({ level: 1 }) };
    const incoming = { q: answer({ level: 1 }), b: answer({ level: 1 }) };
    expect(answerDifferences(local, incoming).map((d) => d.criterionId)).toEqual([
      'a',
      'b',
      'm',
      'q',
      'z',
    ]);
    expect(answerDifferences(local, incoming, ['z', 'q']).map((d) => d.criterionId)).toEqual([
      'z',
      'q',
      'a',
      'b',
      'm',
    ]);
  });

  it('finds nothing when only update times differ', () => {
    const a = { ...answer(), updatedAt: '2026-01-01T00:00:00.000Z' };
    const b = { ...answer(), updatedAt: '2026-02-01T00:00:00.000Z' };
    expect(answerDifferences({ x: a }, { x: b })).toEqual([]);
  });
});
