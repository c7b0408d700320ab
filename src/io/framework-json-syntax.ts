/**
 * Finds where JSON text first goes wrong. Only used after JSON.parse has failed: engine
 * messages differ per browser, are English only, and (in V8) often lack a position and quote
 * multi-line snippets of the input. This small iterative scanner gives a line/column and what
 * was found there, so the loader can say it in plain words in both languages.
 */

export type JsonSyntaxProblem =
  | { kind: 'unexpected-char'; offset: number; char: string }
  | { kind: 'trailing-comma'; offset: number; char: string }
  | { kind: 'unexpected-end'; offset: number };

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

class SyntaxProblem {
  constructor(readonly problem: JsonSyntaxProblem) {}
}

/** Returns the first syntax problem, or null when the text is valid JSON. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | null {
  try {
    scan(text);
    return null;
  } catch (error) {
    if (error instanceof SyntaxProblem) return error.problem;
    throw error;
  }
}

function scan(text: string): void {
  const n = text.length;
  let i = 0;
  const stack: ('{' | '[')[] = [];

  const fail = (at: number, trailingComma = false): never => {
    if (at >= n) throw new SyntaxProblem({ kind: 'unexpected-end', offset: n });
    const char = text.charAt(at);
    throw new SyntaxProblem({
      kind: trailingComma ? 'trailing-comma' : 'unexpected-char',
      offset: at,
      char,
    });
  };
  const skipWhitespace = (): void => {
    while (i < n && WHITESPACE.has(text.charCodeAt(i))) i++;
  };
  const readString = (): void => {
    if (text.charAt(i) !== '"') fail(i);
    i++;
    for (;;) {
      if (i >= n) fail(i);
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i++;
        return;
      }
      if (code < 0x20) fail(i);
      if (code === 0x5c) {
        const next = text.charAt(i + 1);
        if (next === 'u') {
          if (!HEX4.test(text.slice(i + 2, i + 6))) fail(Math.min(i + 2, n));
          i += 6;
        } else if (ESCAPES.has(next)) {
          i += 2;
        } else {
          fail(i + 1);
        }
      } else {
        i++;
      }
    }
  };
  const readKeyAndColon = (): void => {
    skipWhitespace();
    readString();
    skipWhitespace();
    if (text.charAt(i) !== ':') fail(i);
    i++;
  };

  let expectValue = true;
  for (;;) {
    skipWhitespace();
    if (expectValue) {
      if (i >= n) fail(i);
      const ch = text.charAt(i);
      if (ch === '{' || ch === '[') {
        i++;
        skipWhitespace();
        if (text.charAt(i) === (ch === '{' ? '}' : ']')) {
          i++;
          expectValue = false;
          continue;
        }
        stack.push(ch);
        if (ch === '{') readKeyAndColon();
        continue;
      }
      if (ch === '"') {
        readString();
      } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
        NUMBER.lastIndex = i;
        const match = NUMBER.exec(text);
        if (!match) fail(ch === '-' ? i + 1 : i);
        i += match![0].length;
      } else {
        const word = ['true', 'false', 'null'].find((literal) => text.startsWith(literal, i));
        if (!word) fail(i);
        i += word!.length;
      }
      expectValue = false;
      continue;
    }

    const top = stack[stack.length - 1];
    if (top === undefined) {
      if (i < n) fail(i);
      return;
    }
    if (i >= n) fail(i);
    const ch = text.charAt(i);
    if (ch === ',') {
      i++;
      skipWhitespace();
      if (text.charAt(i) === (top === '{' ? '}' : ']')) fail(i, true);
      if (top === '{') readKeyAndColon();
      expectValue = true;
    } else if (ch === (top === '{' ? '}' : ']')) {
      stack.pop();
      i++;
    } else {
      fail(i);
    }
  }
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
