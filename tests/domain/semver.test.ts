import { describe, expect, it } from 'vitest';
import { compareSemver } from '../../src/domain/semver';

/** Every ordered pair of a list sorted low to high must compare as the list says. */
function expectAscending(versions: string[]): void {
  versions.forEach((a, i) => {
    versions.forEach((b, j) => {
      expect(compareSemver(a, b), `${a} vs ${b}`).toBe(Math.sign(i - j));
    });
  });
}

describe('compareSemver', () => {
  it('orders by major, then minor, then patch, numerically', () => {
    expectAscending([
      '0.9.9',
      '1.0.0',
      '1.0.1',
      '1.0.2',
      '1.0.10',
      '1.2.0',
      '1.10.0',
      '2.0.0',
      '10.0.0',
    ]);
  });

  it('ranks pre-releases as semver.org §11 does', () => {
    // The example of the specification, plus identifiers of several digits compared as numbers.
    expectAscending([
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0-rc.20',
      '1.0.0-rc.100',
      '1.0.0',
    ]);
  });

  it('finds equal versions equal, pre-release included', () => {
    expect(compareSemver('1.2.3', '1.2.3')).toBe(0);
    expect(compareSemver('1.2.3-beta.2', '1.2.3-beta.2')).toBe(0);
  });

  it('ignores build metadata', () => {
    expect(compareSemver('1.0.0+build.1', '1.0.0+build.2')).toBe(0);
  });

  it('ranks a numeric identifier below any identifier with other characters', () => {
    // '-' sorts before digits in ASCII: only the rule, not the character order, puts 1 lower.
    expect(compareSemver('1.0.0-alpha.1', '1.0.0-alpha.-x')).toBe(-1);
    expect(compareSemver('1.0.0-alpha.-x', '1.0.0-alpha.1')).toBe(1);
    // Digits with letters are not a number.
    expect(compareSemver('1.0.0-x1', '1.0.0-2')).toBe(1);
    expect(compareSemver('1.0.0-1x', '1.0.0-2')).toBe(1);
    expect(compareSemver('1.0.0-2', '1.0.0-1x')).toBe(-1);
  });

  it('compares text that is not a version as plain strings', () => {
    expect(compareSemver('abc', 'abd')).toBe(-1);
    expect(compareSemver('abd', 'abc')).toBe(1);
    expect(compareSemver('abc', 'abc')).toBe(0);
    expect(compareSemver('1.0', '1.0.0')).toBe(-1);
    expect(compareSemver('2.0.0', 'v1')).toBe(-1);
    expect(compareSemver('v1', '2.0.0')).toBe(1);
  });
});
