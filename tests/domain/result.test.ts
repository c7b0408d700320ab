import { describe, expect, it } from 'vitest';
import { err, ok, type Result } from '../../src/domain/result';

function describeResult(result: Result<number, string>): string {
  return result.ok ? `value ${result.value}` : `error ${result.error}`;
}

describe('Result', () => {
  it('ok carries the value and reads as success', () => {
    expect(ok(42)).toEqual({ ok: true, value: 42 });
    expect(describeResult(ok(42))).toBe('value 42');
  });
  it('err carries the error and reads as failure', () => {
    expect(err('kapot')).toEqual({ ok: false, error: 'kapot' });
    expect(describeResult(err('kapot'))).toBe('error kapot');
  });
});
