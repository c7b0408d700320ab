// @vitest-environment node
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DbOperationError, toDbError } from '../../src/db/errors';
import { runWrite } from '../../src/db/write';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('toDbError', () => {
  it('recognises quota errors however they are wrapped', () => {
    expect(toDbError(quota()).kind).toBe('quota');
    expect(toDbError(new Dexie.QuotaExceededError('full')).kind).toBe('quota');
    expect(toDbError(new Dexie.AbortError('aborted', quota())).kind).toBe('quota');
    expect(
      toDbError(new Dexie.AbortError('aborted', new Dexie.AbortError('inner', quota()))).kind,
    ).toBe('quota');
    expect(toDbError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } }).kind).toBe(
      'quota',
    );
    expect(toDbError(new Error('wrapped', { cause: quota() })).kind).toBe('quota');
    expect(toDbError(new Dexie.BulkError('bulk', [quota()])).kind).toBe('quota');
    expect(toDbError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' }).kind).toBe('quota');
  });

  it('maps other IndexedDB and Dexie errors', () => {
    expect(toDbError(new DOMException('x', 'AbortError')).kind).toBe('aborted');
    expect(toDbError(new Dexie.AbortError('x')).kind).toBe('aborted');
    expect(toDbError(new Dexie.DatabaseClosedError('x')).kind).toBe('unavailable');
    expect(toDbError(new Dexie.MissingAPIError('x')).kind).toBe('unavailable');
    expect(toDbError(new Dexie.OpenFailedError('x')).kind).toBe('unavailable');
    expect(toDbError(new DOMException('x', 'InvalidStateError')).kind).toBe('unavailable');
    expect(toDbError(new DOMException('x', 'DataCloneError')).kind).toBe('invalid');
    expect(toDbError(new Dexie.DataError('x')).kind).toBe('invalid');
    expect(toDbError(new Dexie.ConstraintError('x')).kind).toBe('conflict');
    // The specific cause wins over the generic wrapper.
    expect(toDbError(new Dexie.AbortError('x', new Dexie.ConstraintError('key exists'))).kind).toBe(
      'conflict',
    );
    expect(toDbError(new TypeError('bug')).kind).toBe('unknown');
    expect(toDbError('text').kind).toBe('unknown');
    expect(toDbError(undefined).kind).toBe('unknown');
    expect(toDbError(null).kind).toBe('unknown');
  });

  it('keeps the kind of our own refusals, also when Dexie wrapped them', () => {
    expect(toDbError(new DbOperationError('locked', 'assessment 1'))).toEqual({
      kind: 'locked',
      detail: 'assessment 1',
    });
    expect(toDbError(new DbOperationError('not-found'))).toEqual({ kind: 'not-found' });
    expect(toDbError(new Dexie.AbortError('x', new DbOperationError('conflict'))).kind).toBe(
      'conflict',
    );
  });

  it('describes the error in detail, briefly', () => {
    expect(toDbError(new Dexie.DatabaseClosedError('closed by upgrade')).detail).toBe(
      'DatabaseClosedError: closed by upgrade',
    );
    expect(toDbError(new Error('x'.repeat(1000))).detail!.length).toBeLessThanOrEqual(300);
  });

  it('survives hostile error objects', () => {
    const cyclic: Record<string, unknown> = { name: 'AbortError' };
    cyclic.inner = cyclic;
    expect(toDbError(cyclic).kind).toBe('aborted');
    const throwing = {
      get name(): string {
        throw new Error('no');
      },
    };
    expect(toDbError(throwing).kind).toBe('unknown');
  });
});

describe('runWrite', () => {
  it('wraps values and errors, never throws', async () => {
    expect(await runWrite(async () => 42)).toEqual({ ok: true, value: 42 });
    expect(await runWrite(async () => Promise.reject(quota()))).toMatchObject({
      ok: false,
      error: { kind: 'quota' },
    });
    expect(
      await runWrite(() => {
        throw new DbOperationError('invalid');
      }),
    ).toEqual({ ok: false, error: { kind: 'invalid' } });
  });
});
