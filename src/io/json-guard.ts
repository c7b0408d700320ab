import type { $ZodIssue } from 'zod/v4/core';
import { isForbiddenKey } from '../domain/forbidden-keys';
import type { PathSegment } from './framework-issue';
import type { Message } from '../domain/message';
import { zodIssueMessage } from './framework-messages';

/**
 * Checks shared by every edge that reads foreign JSON (framework files, backups): nesting
 * depth before parsing, prototype-polluting keys after parsing, and Zod issues turned into a
 * path plus a plain sentence that says what is actually in the file.
 */

/** Nesting depth measured on the text, before any parser or walker sees it. */
export function textNestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22) {
      // Strings are most of a file and hold no structure: jump to the closing quote (one not
      // preceded by an odd number of backslashes) instead of reading them character by
      // character.
      for (;;) {
        const close = text.indexOf('"', i + 1);
        if (close < 0) return false;
        let before = close - 1;
        while (text.charCodeAt(before) === 0x5c) before--;
        i = close;
        if ((close - 1 - before) % 2 === 0) break;
      }
    } else if (ch === 0x5b || ch === 0x7b) {
      if (++depth > maxDepth) return true;
    } else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return false;
}

export interface StructureScan {
  /** Paths of forbidden keys, in document order. */
  forbidden: PathSegment[][];
  /** True when a container nests deeper than the limit (the scan stops there). */
  tooDeep: boolean;
}

/**
 * Iterative walk (no recursion, so no stack overflow on hostile input). JSON.parse turns
 * "__proto__" into an own property, so Object.keys lists it.
 */
export function scanStructure(root: unknown, maxDepth: number): StructureScan {
  const forbidden: PathSegment[][] = [];
  const seen = new WeakSet<object>();
  const stack: { value: unknown; path: PathSegment[]; depth: number }[] = [
    { value: root, path: [], depth: 1 },
  ];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    // Shared or cyclic references cannot come from JSON text; visiting them once is enough.
    if (seen.has(value)) continue;
    seen.add(value);
    if (depth > maxDepth) return { forbidden, tooDeep: true };
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i], path: [...path, i], depth: depth + 1 });
      }
      continue;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (isForbiddenKey(key)) {
        forbidden.push([...path, key]);
        continue;
      }
      stack.push({
        value: (value as Record<string, unknown>)[key],
        path: [...path, key],
        depth: depth + 1,
      });
    }
  }
  // Children are pushed in reverse, so the walk (and the report) follows document order.
  return { forbidden, tooDeep: false };
}

/** Looks up a path in the original input to say what is actually there. */
export function lookupPath(
  root: unknown,
  path: readonly PathSegment[],
): { found: boolean; value: unknown } {
  let current: unknown = root;
  for (const segment of path) {
    if (
      current === null ||
      typeof current !== 'object' ||
      !Object.prototype.hasOwnProperty.call(current, segment)
    ) {
      return { found: false, value: undefined };
    }
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return { found: true, value: current };
}

const ZOD_CODES: Record<string, string> = {
  invalid_type: 'invalid-type',
  too_small: 'too-small',
  too_big: 'too-big',
  invalid_value: 'invalid-value',
  invalid_format: 'invalid-format',
  unrecognized_keys: 'unknown-key',
  not_multiple_of: 'invalid-number',
};

export interface MappedIssue {
  path: PathSegment[];
  code: string;
  message: Message;
}

/** One issue per Zod issue; unknown keys get one each, pointing at the key itself. */
export function mapZodIssues(zodIssues: readonly $ZodIssue[], input: unknown): MappedIssue[] {
  const out: MappedIssue[] = [];
  for (const zodIssue of zodIssues) {
    const path: PathSegment[] = zodIssue.path.map((segment) =>
      typeof segment === 'number' ? segment : String(segment),
    );
    if (zodIssue.code === 'unrecognized_keys') {
      for (const key of zodIssue.keys) {
        const keyPath = [...path, key];
        out.push({
          path: keyPath,
          code: 'unknown-key',
          message: zodIssueMessage(
            { ...zodIssue, keys: [key] },
            { key, ...lookupPath(input, keyPath) },
          ),
        });
      }
      continue;
    }
    const ctx = { key: path[path.length - 1], ...lookupPath(input, path) };
    const code =
      zodIssue.code === 'invalid_type' && !ctx.found
        ? 'missing-field'
        : (ZOD_CODES[zodIssue.code] ?? 'invalid');
    out.push({ path, code, message: zodIssueMessage(zodIssue, ctx) });
  }
  return out;
}
