// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalCopy,
  canonicalJson,
  canonicalMembers,
  isCanonicallyOrdered,
} from '../../src/domain/canonical-json';
import { runs } from '../property-runs';

/** The definition: keys sorted at every level, then JSON.stringify. */
function reference(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v).sort()) {
        const member = (v as Record<string, unknown>)[key];
        if (member !== undefined) {
          Object.defineProperty(out, key, {
            value: sort(member),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
      }
      return out;
    }
    return v;
  };
  return JSON.stringify(sort(value));
}

describe('canonicalJson', () => {
  it('gives the sorted-keys text for any JSON value, ordered or not', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(reference(value));
        const copy = canonicalCopy(value);
        expect(canonicalJson(copy)).toBe(reference(value));
        // Integer-like keys are ordered by the engine, so only the others stay sorted.
        if (!/"\d+":/.test(JSON.stringify(value))) {
          expect(isCanonicallyOrdered(copy)).toBe(true);
          expect(JSON.stringify(copy)).toBe(reference(value));
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('does not take key order as canonical when it is not', () => {
    expect(isCanonicallyOrdered({ b: 1, a: 2 })).toBe(false);
    expect(isCanonicallyOrdered({ a: [{ d: 1, c: 2 }] })).toBe(false);
    // Integer-like keys come first in property order but not in sorted order.
    expect(isCanonicallyOrdered({ '10': 1, '9': 2 })).toBe(false);
    expect(canonicalJson({ '10': 1, '9': 2 })).toBe(reference({ '9': 2, '10': 1 }));
    // Not plain objects: the fast path would call toJSON, the definition does not.
    const date = new Date(0);
    expect(isCanonicallyOrdered({ a: date })).toBe(false);
    expect(canonicalJson({ a: date })).toBe('{"a":{}}');
  });

  it('keeps an own "__proto__" member as data, ordered or not', () => {
    const value = JSON.parse('{"b":1,"__proto__":{"x":1}}') as unknown;
    expect(canonicalJson(value)).toBe('{"__proto__":{"x":1},"b":1}');
    const copy = canonicalCopy(value);
    expect(JSON.stringify(copy)).toBe('{"__proto__":{"x":1},"b":1}');
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
  });

  it('drops undefined members like the definition', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(canonicalJson({ b: 1, a: undefined })).toBe('{"b":1}');
    // The copy holds what a JSON round trip gives: no member left with an undefined value.
    const value = { c: { z: undefined, y: 2 }, a: undefined, b: 1 };
    expect(canonicalCopy(value)).toStrictEqual(JSON.parse(canonicalJson(value)));
  });

  it('takes sorted plain objects as canonical, also those without a prototype', () => {
    expect(isCanonicallyOrdered({ a: 1, b: { c: [{ d: 1, e: null }], f: 'x' } })).toBe(true);
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1, b: 2 });
    expect(isCanonicallyOrdered(bare)).toBe(true);
    expect(isCanonicallyOrdered({ a: [bare] })).toBe(true);
  });
});

describe('canonicalMembers', () => {
  const joined = (value: object) =>
    `{${canonicalMembers(value)
      .map((m) => m.text)
      .join(',')}}`;

  it('gives the members whose joined text is canonicalJson, ordered or not', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        expect(joined(value)).toBe(reference(value));
        expect(joined(canonicalCopy(value))).toBe(reference(value));
      }),
      { numRuns: runs(300) },
    );
  });

  it('orders integer-like keys and "__proto__" as canonicalJson does, and drops what JSON drops', () => {
    const value = JSON.parse('{"b":1,"10":2,"9":3,"__proto__":{"x":1},"a":[2,1]}') as object;
    expect(canonicalMembers(value).map((m) => m.key)).toEqual(['9', '10', '__proto__', 'a', 'b']);
    expect(joined(value)).toBe(canonicalJson(value));
    expect(joined({ b: undefined, a: () => 1, c: 1 })).toBe('{"c":1}');
  });

  it('serialises a member its own way when asked', () => {
    expect(
      canonicalMembers({ b: [1, 2], a: 'x' }, (member, key) =>
        key === 'b' ? '"custom"' : canonicalJson(member),
      ),
    ).toEqual([
      { key: 'a', text: '"a":"x"' },
      { key: 'b', text: '"b":"custom"' },
    ]);
  });
});
