import { describe, expect, it } from 'vitest';
import { naAllowed, naReasonRequired } from '../../src/domain/na-policy';

const scaleAllows = { allowed: true, reasonRequired: false };
const scaleAllowsWithReason = { allowed: true, reasonRequired: true };
const scaleForbids = { allowed: false, reasonRequired: true };

describe('naAllowed', () => {
  it('follows the scale when the criterion has no policy', () => {
    expect(naAllowed(scaleAllows)).toBe(true);
    expect(naAllowed(scaleForbids)).toBe(false);
  });
  it("lets the criterion's policy decide over the scale", () => {
    expect(naAllowed(scaleForbids, { policy: 'allowed' })).toBe(true);
    expect(naAllowed(scaleForbids, { policy: 'conditional' })).toBe(true);
    expect(naAllowed(scaleAllows, { policy: 'not-allowed' })).toBe(false);
  });
});

describe('naReasonRequired', () => {
  it("follows the scale's reason rule when N/A is allowed without a condition", () => {
    expect(naReasonRequired(scaleAllows)).toBe(false);
    expect(naReasonRequired({ allowed: true })).toBe(false);
    expect(naReasonRequired(scaleAllowsWithReason)).toBe(true);
    expect(naReasonRequired(scaleAllows, { policy: 'allowed' })).toBe(false);
    expect(naReasonRequired(scaleAllowsWithReason, { policy: 'allowed' })).toBe(true);
  });
  it('always asks a reason under a conditional policy', () => {
    expect(naReasonRequired(scaleAllows, { policy: 'conditional' })).toBe(true);
    expect(naReasonRequired(scaleForbids, { policy: 'conditional' })).toBe(true);
  });
  it('asks no reason where N/A cannot be chosen', () => {
    expect(naReasonRequired(scaleForbids)).toBe(false);
    expect(naReasonRequired(scaleAllowsWithReason, { policy: 'not-allowed' })).toBe(false);
  });
});
