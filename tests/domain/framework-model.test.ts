import { describe, expect, it } from 'vitest';
import {
  countCriteria,
  criterionNa,
  criterionNorm,
  frameworkContentHash,
  frameworkNorm,
} from '../../src/domain/framework-model';
import type { Criterion, NaPolicy } from '../../src/schemas/framework';
import { criterion, framework, text } from './framework-builder';

describe('criterionNorm', () => {
  const fw = framework([[]]);
  it("takes the criterion's own norm over its scale's", () => {
    expect(criterionNorm(fw, criterion('a', { normLevel: 2 }))).toBe(2);
    expect(criterionNorm(fw, criterion('a', { scale: 'ja-nee', normLevel: 0 }))).toBe(0);
  });
  it("takes the norm of the criterion's scale, else of the default scale", () => {
    expect(criterionNorm(fw, criterion('a', { scale: 'ja-nee' }))).toBe(1);
    expect(criterionNorm(fw, criterion('a'))).toBe(4);
    expect(criterionNorm(framework([[]], { defaultScale: 'ja-nee' }), criterion('a'))).toBe(1);
  });
  it('falls back to the first scale for a scale the framework lacks, without throwing', () => {
    expect(criterionNorm(fw, criterion('a', { scale: 'onbekend' }))).toBe(4);
  });
});

describe('frameworkNorm', () => {
  it("is the default scale's norm, not the first scale's", () => {
    expect(frameworkNorm(framework([[]]))).toBe(4);
    expect(frameworkNorm(framework([[]], { defaultScale: 'ja-nee' }))).toBe(1);
  });
  it('falls back to the first scale when the default scale is missing', () => {
    expect(frameworkNorm(framework([[]], { defaultScale: 'onbekend' }))).toBe(4);
  });
});

describe('criterionNa', () => {
  const fw = framework([[]]);
  const na = (extra: Partial<Criterion>) => criterionNa(fw, criterion('a', extra));

  it("follows the scale's rule when the criterion has no policy", () => {
    expect(na({})).toEqual({ allowed: true, reasonRequired: true, condition: null });
    expect(na({ scale: 'ja-nee' })).toEqual({
      allowed: false,
      reasonRequired: false,
      condition: null,
    });
  });
  it("lets the criterion's policy override the scale", () => {
    expect(na({ naPolicy: { policy: 'not-allowed' } })).toEqual({
      allowed: false,
      reasonRequired: false,
      condition: null,
    });
    expect(na({ scale: 'ja-nee', naPolicy: { policy: 'allowed' } })).toEqual({
      allowed: true,
      reasonRequired: false,
      condition: null,
    });
  });
  it('requires a reason and passes the condition on under a conditional policy', () => {
    const policy: NaPolicy = { policy: 'conditional', condition: text('Geen eigen keuken') };
    expect(na({ scale: 'ja-nee', naPolicy: policy })).toEqual({
      allowed: true,
      reasonRequired: true,
      condition: text('Geen eigen keuken'),
    });
  });
  it('forbids N/A on a scale the framework lacks, unless the criterion allows it', () => {
    expect(na({ scale: 'onbekend' })).toEqual({
      allowed: false,
      reasonRequired: false,
      condition: null,
    });
    expect(na({ scale: 'onbekend', naPolicy: { policy: 'allowed' } })).toEqual({
      allowed: true,
      reasonRequired: false,
      condition: null,
    });
  });
});

describe('countCriteria', () => {
  it('counts the criteria of all domains', () => {
    expect(countCriteria(framework([[criterion('a'), criterion('b')], [criterion('c')]]))).toBe(3);
    expect(countCriteria(framework([[criterion('a')], [], [criterion('b'), criterion('c')]]))).toBe(
      3,
    );
  });
});

describe('frameworkContentHash', () => {
  it('is always 14 lowercase hex digits, zero-padded when the number is smaller', () => {
    const hashes = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((id) =>
      frameworkContentHash(framework([[criterion(id)]])),
    );
    for (const hash of hashes) expect(hash).toMatch(/^[0-9a-f]{14}$/);
    // A 53-bit value has a leading zero digit in 14 hex digits about half the time.
    expect(hashes.some((hash) => hash.startsWith('0'))).toBe(true);
    expect(new Set(hashes).size).toBe(hashes.length);
  });
});
