import { describe, expect, it } from 'vitest';
import {
  classifyRound,
  countVerdicts,
  fileVerdict,
  stateAfter,
  writesRound,
  type IncomingRound,
  type LocalRoundState,
} from '../../src/domain/exchange-plan';

const h = (n: number) => String(n).repeat(64).slice(0, 64);
const incoming = (hash: string, ancestry: string[] = [], facilityId = 'f'): IncomingRound => ({
  id: 'r',
  facilityId,
  hash,
  ancestry,
});
const local = (hash: string, known: string[] = [], own = false): LocalRoundState => ({
  facilityId: 'f',
  hash,
  known,
  own,
});

describe('classifyRound', () => {
  it('a round not on this device is new', () => {
    expect(classifyRound(incoming(h(1)), undefined)).toEqual({
      id: 'r',
      verdict: 'new',
      reason: 'absent',
    });
  });

  it('the same version is no change', () => {
    expect(classifyRound(incoming(h(1)), local(h(1)))).toMatchObject({
      verdict: 'unchanged',
      reason: 'same',
    });
  });

  it('a version that continues the local one is an update', () => {
    expect(classifyRound(incoming(h(2), [h(1)]), local(h(1)))).toMatchObject({
      verdict: 'update',
      reason: 'descends',
    });
  });

  it('an older version already seen here is no change', () => {
    expect(classifyRound(incoming(h(1)), local(h(2), [h(1)]))).toMatchObject({
      verdict: 'unchanged',
      reason: 'older',
    });
  });

  it('two edits since a common version are a conflict', () => {
    expect(classifyRound(incoming(h(3), [h(1)]), local(h(2), [h(1)]))).toMatchObject({
      verdict: 'conflict',
      reason: 'diverged',
    });
  });

  it('never updates one of the user own rounds without a choice', () => {
    expect(classifyRound(incoming(h(2), [h(1)]), local(h(1), [], true))).toMatchObject({
      verdict: 'conflict',
      reason: 'own-round',
    });
  });

  it('refuses a round that belongs to another facility here', () => {
    expect(classifyRound(incoming(h(2), [], 'other'), local(h(1)))).toEqual({
      id: 'r',
      verdict: 'refused',
      reason: 'other-facility',
    });
  });
});

describe('file verdict and choices', () => {
  it('summarises a file by its most demanding round', () => {
    const plan = (verdict: 'new' | 'update' | 'unchanged' | 'conflict') => ({
      id: 'x',
      verdict,
      reason: 'same' as const,
    });
    expect(fileVerdict([plan('unchanged'), plan('new')])).toBe('new');
    expect(fileVerdict([plan('new'), plan('update')])).toBe('update');
    expect(fileVerdict([plan('update'), plan('conflict')])).toBe('conflict');
    expect(fileVerdict([plan('unchanged')])).toBe('unchanged');
    expect(
      fileVerdict([plan('new'), { id: 'y', verdict: 'refused', reason: 'other-facility' }]),
    ).toBe('refused');
  });

  it('counts the rounds per verdict, refused rounds in none of them', () => {
    expect(
      countVerdicts([
        { id: 'a', verdict: 'new', reason: 'absent' },
        { id: 'b', verdict: 'conflict', reason: 'diverged' },
        { id: 'c', verdict: 'new', reason: 'absent' },
        { id: 'd', verdict: 'refused', reason: 'other-facility' },
        { id: 'e', verdict: 'unchanged', reason: 'older' },
      ]),
    ).toEqual({ new: 2, update: 0, unchanged: 1, conflict: 1 });
  });

  it('writes new rounds and updates, never an unchanged or refused round', () => {
    for (const choice of [undefined, 'local', 'file'] as const) {
      expect(writesRound({ id: 'r', verdict: 'new', reason: 'absent' }, choice)).toBe(true);
      expect(writesRound({ id: 'r', verdict: 'update', reason: 'descends' }, choice)).toBe(true);
      expect(writesRound({ id: 'r', verdict: 'unchanged', reason: 'same' }, choice)).toBe(false);
      expect(writesRound({ id: 'r', verdict: 'refused', reason: 'other-facility' }, choice)).toBe(
        false,
      );
    }
  });

  it('writes a conflict only when the file version is kept', () => {
    const conflict = { id: 'r', verdict: 'conflict' as const, reason: 'diverged' as const };
    expect(writesRound(conflict, undefined)).toBe(false);
    expect(writesRound(conflict, 'local')).toBe(false);
    expect(writesRound(conflict, 'file')).toBe(true);
  });

  it('after keeping the local version, the same file reads as no change', () => {
    const file = incoming(h(3), [h(1)]);
    const before = local(h(2), [h(1)]);
    const after = stateAfter(file, before, false);
    expect(after.hash).toBe(h(2));
    expect(classifyRound(file, after)).toMatchObject({ verdict: 'unchanged', reason: 'older' });
  });

  it('after taking the file version, the old local version reads as older', () => {
    const file = incoming(h(3), [h(1)]);
    const after = stateAfter(file, local(h(2), [h(1)]), true);
    expect(after.hash).toBe(h(3));
    expect(classifyRound(incoming(h(2), [h(1)]), after)).toMatchObject({ verdict: 'unchanged' });
  });

  it("keeps a round the user's own after taking the file's version, and a new round is not", () => {
    const file = incoming(h(3), [h(1)]);
    expect(stateAfter(file, local(h(2), [h(1)], true), true).own).toBe(true);
    expect(stateAfter(file, local(h(2), [h(1)], false), true).own).toBe(false);
    expect(stateAfter(file, undefined, true)).toEqual({
      facilityId: 'f',
      hash: h(3),
      known: [h(1), h(3)],
      own: false,
    });
  });
});
