// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxProblem, lineAndColumn } from '../../src/io/framework-json-syntax';
import { loadFrameworkText } from '../../src/io/framework-loader';
import { expectIssue } from './framework-test-utils';
import { runs } from '../property-runs';
import { say } from '../say';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('findJsonSyntaxProblem', () => {
  it.each([
    ['{"a": 1,}', { kind: 'trailing-comma', offset: 8, char: '}' }],
    ['[1, 2, ]', { kind: 'trailing-comma', offset: 7, char: ']' }],
    ['{a: 1}', { kind: 'unexpected-char', offset: 1, char: 'a' }],
    ['{"a": 1', { kind: 'unexpected-end', offset: 7 }],
    ['{"a": "x\ny"}', { kind: 'unexpected-char', offset: 8, char: '\n' }],
    ['// comment\n{}', { kind: 'unexpected-char', offset: 0, char: '/' }],
    ['{} {}', { kind: 'unexpected-char', offset: 3, char: '{' }],
    ['[01]', { kind: 'unexpected-char', offset: 2, char: '1' }],
    ['["\\x"]', { kind: 'unexpected-char', offset: 3, char: 'x' }],
    ['[tru]', { kind: 'unexpected-char', offset: 1, char: 't' }],
  ])('locates the problem in %j', (text, expected) => {
    expect(parses(text)).toBe(false);
    expect(findJsonSyntaxProblem(text)).toEqual(expected);
  });

  it('accepts whatever JSON.stringify produces', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(findJsonSyntaxProblem(JSON.stringify(value, null, 2))).toBeNull();
      }),
    );
  });

  it('agrees with JSON.parse on arbitrary small inputs', () => {
    const alphabet = fc.constantFrom(...'{}[]",:0123456789-.eE+ \n\\/truefalsnu'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 12 }), (chars) => {
        const text = chars.join('');
        expect(findJsonSyntaxProblem(text) === null).toBe(parses(text));
      }),
      { numRuns: runs(3000) },
    );
  });

  it('computes 1-based line and column', () => {
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab', 0)).toEqual({ line: 1, column: 1 });
  });
});

describe('not-json messages', () => {
  it('names the line, column and character', () => {
    const issue = expectIssue(loadFrameworkText('{\n  "id": ,\n}'), '$', 'not-json');
    expect(say(issue.message, 'en')).toBe(
      'The file is not valid JSON: unexpected character "," at line 2, column 9.',
    );
    expect(say(issue.message, 'nl-BE')).toContain('regel 2, kolom 9');
  });

  it('points out a trailing comma', () => {
    const issue = expectIssue(loadFrameworkText('{"id": "x",\n}'), '$', 'not-json');
    expect(say(issue.message, 'en')).toContain('superfluous comma');
    expect(say(issue.message, 'en')).toContain('line 2, column 1');
  });

  it('says when the file ends too early', () => {
    const issue = expectIssue(loadFrameworkText('{"formatVersion": 1'), '$', 'not-json');
    expect(say(issue.message, 'en')).toContain('ends unexpectedly');
  });

  it('keeps messages on one line even for control characters', () => {
    const issue = expectIssue(loadFrameworkText('{"a": "x\ny"}'), '$', 'not-json');
    expect(say(issue.message, 'en')).toContain('U+000A');
    expect(say(issue.message, 'en')).not.toContain('\n');
  });
});

describe('findJsonSyntaxProblem, case by case', () => {
  it.each([
    ['', { kind: 'unexpected-end', offset: 0 }],
    ['  \n', { kind: 'unexpected-end', offset: 3 }],
    ['"abc', { kind: 'unexpected-end', offset: 4 }],
    ['"\\', { kind: 'unexpected-end', offset: 2 }],
    ['"\\u', { kind: 'unexpected-end', offset: 3 }],
    ['"\\u12', { kind: 'unexpected-char', offset: 3, char: '1' }],
    ['["\\u12G4"]', { kind: 'unexpected-char', offset: 4, char: '1' }],
    ['["a\u001fb"]', { kind: 'unexpected-char', offset: 3, char: '\u001f' }],
    ['{"a" 1}', { kind: 'unexpected-char', offset: 5, char: '1' }],
    ['{"a"', { kind: 'unexpected-end', offset: 4 }],
    ['{"a":1 "b":2}', { kind: 'unexpected-char', offset: 7, char: '"' }],
    ['{"a":1,"b"}', { kind: 'unexpected-char', offset: 10, char: '}' }],
    ['{"a":1,', { kind: 'unexpected-end', offset: 7 }],
    ['{"a":1,2}', { kind: 'unexpected-char', offset: 7, char: '2' }],
    ['{,}', { kind: 'unexpected-char', offset: 1, char: ',' }],
    ['{"a":1]', { kind: 'unexpected-char', offset: 6, char: ']' }],
    ['[1}', { kind: 'unexpected-char', offset: 2, char: '}' }],
    ['[1 2]', { kind: 'unexpected-char', offset: 3, char: '2' }],
    ['[1,', { kind: 'unexpected-end', offset: 3 }],
    ['[1', { kind: 'unexpected-end', offset: 2 }],
    ['[,1]', { kind: 'unexpected-char', offset: 1, char: ',' }],
    ['[ 1 , ]', { kind: 'trailing-comma', offset: 6, char: ']' }],
    ['{"a":1 , }', { kind: 'trailing-comma', offset: 9, char: '}' }],
    ['-', { kind: 'unexpected-end', offset: 1 }],
    ['[-a]', { kind: 'unexpected-char', offset: 2, char: 'a' }],
    ['1.', { kind: 'unexpected-char', offset: 1, char: '.' }],
    ['[.5]', { kind: 'unexpected-char', offset: 1, char: '.' }],
    ['nul', { kind: 'unexpected-char', offset: 0, char: 'n' }],
    ['[true false]', { kind: 'unexpected-char', offset: 6, char: 'f' }],
    ['[] x', { kind: 'unexpected-char', offset: 3, char: 'x' }],
    ['[[]]]', { kind: 'unexpected-char', offset: 4, char: ']' }],
  ])('locates the problem in %j', (text, expected) => {
    expect(parses(text)).toBe(false);
    expect(findJsonSyntaxProblem(text)).toEqual(expected);
  });

  it.each([
    ' { } ',
    '[ ]',
    '\t\r\n[\r\n1\t]\n',
    '"\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\uABcd"',
    '"a\u0020b ~"',
    '[-0, 0.5, -1.25e+3, 2E-2, 10]',
    '{"a":{"b":[true,false,null,{}]},"c":""}',
    '[[[]],{}]',
  ])('accepts %j', (text) => {
    expect(parses(text)).toBe(true);
    expect(findJsonSyntaxProblem(text)).toBeNull();
  });
});

describe('lineAndColumn at line ends', () => {
  it('puts a newline at the end of its own line and the next character on the next line', () => {
    expect(lineAndColumn('ab\ncd', 2)).toEqual({ line: 1, column: 3 });
    expect(lineAndColumn('ab\ncd', 3)).toEqual({ line: 2, column: 1 });
    expect(lineAndColumn('a\n\n\nb', 4)).toEqual({ line: 4, column: 1 });
  });

  it('counts the end of the text as a place after its last character', () => {
    expect(lineAndColumn('ab\nc', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('', 0)).toEqual({ line: 1, column: 1 });
  });
});

describe('not-json positions', () => {
  it('counts from after a byte order mark, as an editor shows the file', () => {
    const issue = expectIssue(loadFrameworkText('\uFEFF{,}'), '$', 'not-json');
    expect(say(issue.message, 'en')).toBe(
      'The file is not valid JSON: unexpected character "," at line 1, column 2.',
    );
  });

  it('says where a file ends too early', () => {
    const issue = expectIssue(loadFrameworkText('{\n"a": [1,\n'), '$', 'not-json');
    expect(say(issue.message, 'en')).toBe(
      'The file is not valid JSON: it ends unexpectedly at line 3, column 1 (is a " or a } or ] missing?).',
    );
  });
});
