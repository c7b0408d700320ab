import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  lookupPath,
  mapZodIssues,
  scanStructure,
  textNestsDeeperThan,
} from '../../src/io/json-guard';

describe('textNestsDeeperThan', () => {
  it('allows exactly the limit and refuses one level more', () => {
    expect(textNestsDeeperThan('[[{"a": 1}]]', 3)).toBe(false);
    expect(textNestsDeeperThan('[[{"a": [1]}]]', 3)).toBe(true);
    expect(textNestsDeeperThan('[1], [2], [3], {"a": {}}', 2)).toBe(false);
  });

  it('counts no bracket inside a string, escaped quotes included', () => {
    expect(textNestsDeeperThan('["[[[[{{{{"]', 1)).toBe(false);
    expect(textNestsDeeperThan('["a\\"[[[[{{{{"]', 1)).toBe(false);
    // An escaped backslash does not escape the closing quote: the brackets after it count.
    expect(textNestsDeeperThan('["a\\\\", [[[1]]]]', 2)).toBe(true);
  });
});

describe('scanStructure', () => {
  it('reports forbidden keys in document order, objects and arrays alike', () => {
    const value: unknown = JSON.parse(
      '{"a": {"__proto__": 1, "x": 2}, "b": [{"constructor": 1}, {"prototype": 2}], "c": {"constructor": 3}}',
    );
    expect(scanStructure(value, 10)).toEqual({
      forbidden: [
        ['a', '__proto__'],
        ['b', 0, 'constructor'],
        ['b', 1, 'prototype'],
        ['c', 'constructor'],
      ],
      tooDeep: false,
    });
  });

  it('allows exactly the depth limit', () => {
    expect(scanStructure({ a: { b: {} } }, 3).tooDeep).toBe(false);
    expect(scanStructure({ a: { b: { c: {} } } }, 3).tooDeep).toBe(true);
  });

  it('visits a shared or cyclic object once', () => {
    const cyclic: Record<string, unknown> = { name: 'x' };
    cyclic.self = cyclic;
    expect(scanStructure(cyclic, 5)).toEqual({ forbidden: [], tooDeep: false });
  });
});

describe('lookupPath', () => {
  it('finds what is at a path, and nothing through null, a value or an inherited key', () => {
    expect(lookupPath({ a: [{ b: 3 }] }, ['a', 0, 'b'])).toEqual({ found: true, value: 3 });
    expect(lookupPath({ a: null }, ['a', 'b'])).toEqual({ found: false, value: undefined });
    expect(lookupPath({ a: 'tekst' }, ['a', 'length'])).toEqual({ found: false, value: undefined });
    expect(lookupPath({}, ['toString'])).toEqual({ found: false, value: undefined });
  });
});

describe('mapZodIssues', () => {
  it('calls a missing field missing only for a type issue, any other issue by its kind', () => {
    const schema = z.object({ n: z.number() }).superRefine((_, ctx) => {
      ctx.addIssue({ code: 'custom', path: ['elders'], message: 'x' });
    });
    const missing = schema.safeParse({});
    expect(missing.success).toBe(false);
    expect(mapZodIssues(missing.error!.issues, {}).map((i) => [i.path, i.code])).toEqual([
      [['n'], 'missing-field'],
    ]);
    const wrong = schema.safeParse({ n: 'een' });
    expect(mapZodIssues(wrong.error!.issues, { n: 'een' }).map((i) => i.code)).toEqual([
      'invalid-type',
    ]);
    const custom = schema.safeParse({ n: 1 });
    expect(mapZodIssues(custom.error!.issues, { n: 1 }).map((i) => [i.path, i.code])).toEqual([
      [['elders'], 'invalid'],
    ]);
  });
});
