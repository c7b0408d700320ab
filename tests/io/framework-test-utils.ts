import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { FrameworkIssue, FrameworkLoadResult } from '../../src/io/framework-loader';
import { say } from '../say';

export const FIXTURE_PATH = new URL('./fixtures/minimal-valid.json', import.meta.url);
const FIXTURE_TEXT = readFileSync(FIXTURE_PATH, 'utf8');

/** A fresh, mutable copy of the minimal valid framework (typed loosely on purpose). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function validFramework(): any {
  return JSON.parse(FIXTURE_TEXT);
}

export function errorsOf(result: FrameworkLoadResult): FrameworkIssue[] {
  if (result.ok) throw new Error('expected the framework to be rejected');
  return result.error;
}

/** Both messages are non-empty, distinct sentences (capital or quote first, full stop last). */
export function expectSentences(issue: FrameworkIssue): void {
  for (const text of [say(issue.message, 'nl-BE'), say(issue.message, 'en')]) {
    expect(text.length).toBeGreaterThan(15);
    expect(text).toMatch(/^["A-Z]/);
    expect(text).toMatch(/\.$/);
  }
  expect(say(issue.message, 'nl-BE')).not.toBe(say(issue.message, 'en'));
}

/** Finds the issue at `path` with `code`, checks its sentences, and returns it. */
export function expectIssue(
  result: FrameworkLoadResult,
  path: string,
  code: string,
): FrameworkIssue {
  const errors = errorsOf(result);
  const found = errors.find((item) => item.path === path && item.code === code);
  expect(
    found,
    `no ${code} at ${path}; got ${JSON.stringify(errors.map((e) => [e.path, e.code]))}`,
  ).toBeDefined();
  expectSentences(found!);
  return found!;
}
