// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_STAMP_LEAD_MS, stampAfter } from '../../src/db/write';

const NOW = new Date('2026-06-15T12:00:00.000Z');

describe('stampAfter', () => {
  it('is now when the previous stamp is older or missing', () => {
    expect(stampAfter(null, NOW)).toBe(NOW.toISOString());
    expect(stampAfter('2026-01-01T00:00:00.000Z', NOW)).toBe(NOW.toISOString());
  });

  it('follows a stamp slightly ahead (another clock), strictly later', () => {
    expect(stampAfter(NOW.toISOString(), NOW)).toBe('2026-06-15T12:00:00.001Z');
    const ahead = new Date(NOW.getTime() + MAX_STAMP_LEAD_MS).toISOString();
    expect(Date.parse(stampAfter(ahead, NOW))).toBe(Date.parse(ahead) + 1);
  });

  it('never follows a stamp far in the future, so it can never overflow', () => {
    for (const far of [
      '9999-12-31T23:59:59.999Z',
      '+275760-09-13T00:00:00.000Z',
      '3000-01-01T00:00:00Z',
    ]) {
      const next = stampAfter(far, NOW);
      expect(next).toBe(NOW.toISOString());
      expect(next).not.toBe(far);
    }
  });
});
