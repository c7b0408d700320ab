import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../src/domain/format-bytes';

describe('formatBytes', () => {
  it('shows amounts below a megabyte in kilobytes, with at most one decimal', () => {
    expect(formatBytes(0, 'en')).toBe('0 kB');
    expect(formatBytes(1500, 'en')).toBe('1.5 kB');
    expect(formatBytes(999_999, 'en')).toBe('1,000 kB');
  });

  it('switches to megabytes at exactly one million bytes (decimal units)', () => {
    expect(formatBytes(1_000_000, 'en')).toBe('1 MB');
    expect(formatBytes(2_500_000, 'en')).toBe('2.5 MB');
  });

  it('switches to gigabytes at exactly one billion bytes', () => {
    expect(formatBytes(999_999_999, 'en')).toBe('1,000 MB');
    expect(formatBytes(1_000_000_000, 'en')).toBe('1 GB');
    expect(formatBytes(1_250_000_000, 'en')).toBe('1.3 GB');
    expect(formatBytes(3_000_000_000_000, 'en')).toBe('3,000 GB');
  });

  it('formats the number in the given language', () => {
    expect(formatBytes(1500, 'nl-BE')).toBe('1,5 kB');
    expect(formatBytes(2_500_000, 'nl-BE')).toBe('2,5 MB');
  });
});
