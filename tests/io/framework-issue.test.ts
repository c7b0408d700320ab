// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatJsonPath } from '../../src/io/framework-issue';

// The JSON path shown with every framework problem (src/io/framework-issue.ts).

describe('formatJsonPath', () => {
  it('is "$" for the whole file', () => {
    expect(formatJsonPath([])).toBe('$');
  });

  it('writes identifiers with a dot, positions in brackets and other keys quoted', () => {
    expect(formatJsonPath(['domains', 2, 'title', 'nl-BE'])).toBe('$.domains[2].title["nl-BE"]');
    expect(formatJsonPath(['_a', '$b', 'c9', 'Z'])).toBe('$._a.$b.c9.Z');
    expect(formatJsonPath(['9a', '', 'a b', 'a.b', '0'])).toBe('$["9a"][""]["a b"]["a.b"]["0"]');
    expect(formatJsonPath([0, 10])).toBe('$[0][10]');
  });

  it('escapes a quote or backslash inside a quoted key', () => {
    expect(formatJsonPath(['say "hi"', 'a\\b'])).toBe('$["say \\"hi\\""]["a\\\\b"]');
  });

  it('keeps a key of 60 characters and clips a longer one to 59 and an ellipsis', () => {
    const sixty = 'k'.repeat(60);
    expect(formatJsonPath([sixty])).toBe(`$.${sixty}`);
    expect(formatJsonPath(['m'.repeat(61)])).toBe(`$["${'m'.repeat(59)}…"]`);
    expect(formatJsonPath(['n'.repeat(5_000_000), 1])).toBe(`$["${'n'.repeat(59)}…"][1]`);
  });
});
