/**
 * JSON with object keys sorted at every level, so two structurally equal values always give
 * the same string regardless of key order in the source file. Array order is kept: it is
 * meaningful (domain order, level order). `undefined` object members are dropped, as in JSON.
 */
export function canonicalJson(value: unknown): string {
  // Most values this sees were written in canonical order (exchange files, records read back
  // from them): checking the order is far cheaper than copying every object to sort it.
  return JSON.stringify(isCanonicallyOrdered(value) ? value : sortKeys(value));
}

/**
 * A deep copy whose object keys are in canonical (sorted) order, so `JSON.stringify` of it is
 * the canonical text and a parser that keeps key order gets them back sorted.
 */
export function canonicalCopy<T>(value: T): T {
  return sortKeys(value) as T;
}

/**
 * True when `JSON.stringify(value)` already is the canonical text: every object is a plain
 * object (no toJSON, no class) whose keys come in sorted order. Iterative, allocates nothing
 * per node beyond the stack.
 */
export function isCanonicallyOrdered(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === null || typeof current !== 'object') continue;
    if (Array.isArray(current)) {
      for (let i = 0; i < current.length; i++) stack.push(current[i]);
      continue;
    }
    const proto: unknown = Object.getPrototypeOf(current);
    if (proto !== Object.prototype && proto !== null) return false;
    const keys = Object.keys(current);
    for (let i = 0; i < keys.length; i++) {
      if (i > 0 && !(keys[i - 1]! < keys[i]!)) return false;
      stack.push((current as Record<string, unknown>)[keys[i]!]);
    }
  }
  return true;
}

/** One member of an object in its canonical text: `"key":value`. */
export interface CanonicalMember {
  key: string;
  text: string;
}

/**
 * The members of a (non-array) object in canonical order, each as its canonical `"key":value`
 * text, so that `{${members.map((m) => m.text).join(',')}}` is `canonicalJson(value)`. A caller
 * builds the canonical texts of an object with and without some members (or with a member
 * serialised its own way, `valueText`) from one serialisation of each member. Members whose
 * value JSON leaves out (undefined, functions) are left out.
 */
export function canonicalMembers(
  value: object,
  valueText: (member: unknown, key: string) => string | undefined = canonicalJson,
): CanonicalMember[] {
  const record = value as Record<string, unknown>;
  let keys = Object.keys(record);
  for (let i = 1; i < keys.length; i++) {
    if (!(keys[i - 1]! < keys[i]!)) {
      // The order the sorted copy enumerates (integer-like keys first, as the engine orders
      // them), so the texts match canonicalJson exactly.
      keys = Object.keys(sortedShell(record));
      break;
    }
  }
  const members: CanonicalMember[] = [];
  for (const key of keys) {
    const text = valueText(record[key], key);
    if (text !== undefined) members.push({ key, text: `${JSON.stringify(key)}:${text}` });
  }
  return members;
}

/** An object with `value`'s keys inserted in sorted order (values not copied). */
function sortedShell(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    Object.defineProperty(out, key, {
      value: true,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member === undefined) continue;
      // An own "__proto__" member is data in JSON; plain assignment would set the prototype
      // instead and drop it from the text, so the copy would hash differently from the value.
      if (key === '__proto__') {
        Object.defineProperty(out, key, {
          value: sortKeys(member),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      } else out[key] = sortKeys(member);
    }
    return out;
  }
  return value;
}
