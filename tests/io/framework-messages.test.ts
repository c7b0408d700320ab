// @vitest-environment node
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  describeKind,
  messages,
  showValue,
  zodIssueMessage,
} from '../../src/io/framework-messages';
import { mapZodIssues } from '../../src/io/json-guard';
import { FORMAT_KEYS } from '../../src/schemas/framework';
import type { MessageParam } from '../../src/domain/message';
import { say } from '../say';

// The sentences a framework author reads for each problem (src/io/framework-messages.ts), in
// English and Dutch, for the cases the loader tests do not reach.

const en = (m: MessageParam) => (typeof m === 'object' ? say(m, 'en') : String(m));
const nl = (m: MessageParam) => (typeof m === 'object' ? say(m, 'nl-BE') : String(m));

/** The sentence for the one problem `schema` finds in `value`. */
function schemaSays(schema: z.ZodType, value: unknown, lang: 'en' | 'nl-BE' = 'en'): string {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a schema issue');
  const mapped = mapZodIssues(result.error.issues, value);
  expect(mapped).toHaveLength(1);
  return say(mapped[0]!.message, lang);
}

describe('values found in the file', () => {
  it('quotes text up to 40 characters whole and clips longer text', () => {
    expect(showValue('x'.repeat(40))).toBe(`"${'x'.repeat(40)}"`);
    expect(showValue('y'.repeat(41))).toBe(`"${'y'.repeat(37)}..."`);
    expect(showValue('')).toBe('""');
  });

  it('shows numbers, true/false and null as written, and anything else by its kind', () => {
    expect(showValue(0)).toBe('0');
    expect(showValue(-2.5)).toBe('-2.5');
    expect(showValue(false)).toBe('false');
    expect(showValue(null)).toBe('null');
    expect(en(showValue([1]))).toBe('a list ([ ... ])');
    expect(en(showValue({ a: 1 }))).toBe('an object ({ ... })');
    expect(en(showValue(undefined))).toBe('nothing');
  });

  it('names every kind of value in plain words', () => {
    expect(
      [undefined, null, 'x', 1, true, [], {}, 1n, Symbol('s'), () => 1].map((v) =>
        en(describeKind(v)),
      ),
    ).toEqual([
      'nothing',
      'null (no value)',
      'text',
      'a number',
      'true/false',
      'a list ([ ... ])',
      'an object ({ ... })',
      'an unknown kind of value',
      'an unknown kind of value',
      'an unknown kind of value',
    ]);
  });
});

describe('not-json sentences', () => {
  const where = { line: 3, column: 7 };

  it('spells out control characters (below U+0020 and U+007F) and quotes others', () => {
    const char = (c: string) =>
      en(messages.notJson({ kind: 'unexpected-char', offset: 0, char: c }, where, ''));
    expect(char('\u0000')).toContain('character U+0000 at line 3, column 7');
    expect(char('\u001f')).toContain('character U+001F at');
    expect(char('\u007f')).toContain('character U+007F at');
    expect(char(' ')).toContain('character " " at');
    expect(char('~')).toContain('character "~" at');
  });

  it('spells out a control character before a superfluous comma too', () => {
    const said = en(messages.notJson({ kind: 'trailing-comma', offset: 0, char: '\t' }, where, ''));
    expect(said).toBe(
      'The file is not valid JSON: there is a superfluous comma before U+0009 at line 3, column 7.',
    );
  });

  it('leaves the place out when it is not known', () => {
    expect(en(messages.notJson({ kind: 'unexpected-end', offset: 4 }, null, 'x'))).toBe(
      'The file is not valid JSON: it ends unexpectedly (is a " or a } or ] missing?).',
    );
    expect(en(messages.notJson({ kind: 'unexpected-char', offset: 0, char: 'a' }, null, ''))).toBe(
      'The file is not valid JSON: unexpected character "a".',
    );
  });

  it("falls back on the engine's words, on one line and at most 120 characters", () => {
    const detail = `Unexpected\n  token${'z'.repeat(200)}`;
    const said = en(messages.notJson(null, null, detail));
    expect(said).toBe(`The file is not valid JSON (Unexpected token${'z'.repeat(104)}).`);
  });
});

describe('engine and library details are flattened and clipped', () => {
  it('keeps a detail of 120 characters and clips a longer one with an ellipsis', () => {
    const exact = 'd'.repeat(120);
    expect(en(messages.internalError(exact))).toBe(
      `The file could not be checked because of an unexpected error (${exact}).`,
    );
    expect(en(messages.internalError('e'.repeat(121)))).toBe(
      `The file could not be checked because of an unexpected error (${'e'.repeat(119)}…).`,
    );
  });

  it('turns every run of white space into one space', () => {
    expect(en(messages.migrationFailed(1, 'a \n\t b\nc'))).toBe(
      'Converting file format 1 to 2 failed (a b c).',
    );
  });
});

describe('lists of known values', () => {
  it('says "none" for an empty list and joins the others with commas', () => {
    expect(en(messages.unknownScale('x', []))).toBe(
      'There is no scale with id "x"; available scales: none.',
    );
    expect(en(messages.unknownReferenceKind('x', ['a', 'b']))).toContain(
      'available kinds: "a", "b".',
    );
  });
});

describe('text in a language', () => {
  it('names Dutch and English, and quotes any other language code', () => {
    expect(en(messages.missingText('nl-BE'))).toContain('The Dutch ("nl-BE") text');
    expect(en(messages.missingText('en'))).toContain('The English ("en") text');
    expect(en(messages.missingText('fr'))).toContain('The "fr" ("fr") text');
  });
});

describe('lineage sentences', () => {
  it('says how many earlier criteria each relation takes', () => {
    const takes = (relation: string) =>
      en(messages.lineage('lineage-source-count', { relation, count: 1 }));
    expect(takes('new')).toBe('The relation "new" takes no earlier criterion, but 1 are listed.');
    expect(takes('merged')).toBe(
      'The relation "merged" takes two or more earlier criteria, but 1 are listed.',
    );
    expect(takes('reworded')).toBe(
      'The relation "reworded" takes exactly one earlier criterion, but 1 are listed.',
    );
  });

  it("names a known relation in the reader's language and shows an unknown one as written", () => {
    const said = (relation: string) =>
      nl(messages.lineage('lineage-scale-changed', { relation, id: 'a' }));
    expect(said('stricter')).toBe(
      'Bij "strenger" blijft de schaal dezelfde, maar de niveaus verschillen van die van "a"; gebruik "stricter" of "new".',
    );
    for (const relation of ['unchanged', 'reworded', 'stricter', 'split', 'merged', 'new']) {
      expect(
        en(messages.lineage('lineage-scale-changed', { relation, id: 'a' })),
        relation,
      ).toContain(`"${relation}"`);
    }
    // Not a relation: shown as it stands, even a name every object has.
    expect(said('toString')).toContain('"toString"');
    expect(en(messages.lineage('lineage-scale-changed', { relation: 'verbatim', id: 'a' }))).toBe(
      'With "verbatim" the scale stays the same, but its levels differ from those of "a"; use "stricter" or "new".',
    );
  });

  it('names the earlier version when it is known, and the previous version otherwise', () => {
    expect(en(messages.lineage('lineage-new-reuses-id', { id: 'g', version: '1.0.0' }))).toBe(
      'A new criterion may not reuse the id "g" of version 1.0.0; answers are stored by id.',
    );
    expect(en(messages.lineage('lineage-new-reuses-id', { id: 'g' }))).toBe(
      'A new criterion may not reuse the id "g" of the previous version; answers are stored by id.',
    );
  });

  it('names both versions when the previous one is not earlier', () => {
    expect(
      en(messages.lineage('lineage-previous-not-earlier', { previous: '2.0.0', version: '1.0.0' })),
    ).toBe('The previous version 2.0.0 must be older than this version 1.0.0.');
  });

  it('fills the id and version of the other problems', () => {
    expect(en(messages.lineage('lineage-unaccounted', { id: 'g', version: '1.0.0' }))).toBe(
      'The criterion "g" of version 1.0.0 is taken over by no criterion and is not listed as withdrawn.',
    );
    expect(en(messages.lineage('lineage-missing', { id: 'h' }))).toContain('"h"');
  });
});

describe('schema problems in plain words', () => {
  it('names a missing field, also when it is a list position', () => {
    expect(schemaSays(z.object({ weight: z.number() }), {})).toBe(
      'The required field "weight" is missing.',
    );
    const missingAt = (key: string | number | undefined) =>
      en(
        zodIssueMessage(
          { code: 'invalid_type', expected: 'number', path: [], input: undefined, message: '' },
          { key, found: false, value: undefined },
        ),
      );
    expect(missingAt(2)).toBe('The required field "2" is missing.');
    expect(missingAt(undefined)).toBe('The required field "" is missing.');
  });

  it('names the expected type and what is there', () => {
    const said = (schema: z.ZodType, value: unknown) =>
      schemaSays(z.object({ v: schema }), { v: value });
    expect(said(z.string(), 3)).toBe('Text is expected here, but there is 3.');
    expect(said(z.number(), 'x')).toBe('A number is expected here, but there is text.');
    expect(said(z.boolean(), null)).toBe(
      'True or false is expected here, but there is null (no value).',
    );
    expect(said(z.array(z.number()), {})).toBe(
      'A list ([ ... ]) is expected here, but there is an object ({ ... }).',
    );
    expect(said(z.object({}), [])).toBe(
      'An object ({ ... }) is expected here, but there is a list ([ ... ]).',
    );
    expect(said(z.null(), 1)).toBe('Null is expected here, but there is 1.');
    expect(said(z.bigint(), true)).toBe(
      'A value of type bigint is expected here, but there is true/false.',
    );
  });

  it('says which limit a number breaks, inclusive or not', () => {
    expect(schemaSays(z.number().min(2), 1)).toBe('This number must be at least 2, but it is 1.');
    expect(schemaSays(z.number().gt(2), 2)).toBe(
      'This number must be greater than 2, but it is 2.',
    );
    expect(schemaSays(z.number().max(5), 6)).toBe('This number may be at most 5, but it is 6.');
    expect(schemaSays(z.number().lt(5), 5)).toBe('This number must be less than 5, but it is 5.');
    expect(schemaSays(z.int().max(5), 7)).toBe('This number may be at most 5, but it is 7.');
    // A whole number beyond the safe range (Zod's own "int" limit).
    expect(schemaSays(z.int(), 2 ** 60)).toBe(
      `This number may be at most ${Number.MAX_SAFE_INTEGER}, but it is ${2 ** 60}.`,
    );
    expect(schemaSays(z.int(), -(2 ** 60))).toBe(
      `This number must be at least ${Number.MIN_SAFE_INTEGER}, but it is ${-(2 ** 60)}.`,
    );
  });

  it('says how long a text or list must be, with "empty" for a minimum of one', () => {
    expect(schemaSays(z.string().min(1), '')).toBe('This text must not be empty.');
    expect(schemaSays(z.string().min(2), 'a')).toBe(
      'This text must be at least 2 characters long.',
    );
    expect(schemaSays(z.string().max(1), 'ab')).toBe('This text may be at most 1 character long.');
    expect(schemaSays(z.array(z.number()).min(1), [])).toBe(
      'This list must not be empty; at least one item is needed.',
    );
    expect(schemaSays(z.array(z.number()).min(2), [1])).toBe(
      'This list must contain at least 2 items.',
    );
    expect(schemaSays(z.array(z.number()).max(1), [1, 2])).toBe(
      'This list may contain at most 1 item.',
    );
  });

  it('says the limit of any other kind of value', () => {
    expect(schemaSays(z.set(z.number()).min(2), new Set([1]))).toBe(
      'This value is too small (minimum 2).',
    );
    expect(schemaSays(z.set(z.number()).max(1), new Set([1, 2]))).toBe(
      'This value is too large (maximum 1).',
    );
  });

  it('lists the allowed values and what was found, or says nothing was there', () => {
    expect(schemaSays(z.object({ s: z.enum(['a', 'b']) }), { s: 'c' })).toBe(
      'One of these values is expected here: "a", "b"; found "c".',
    );
    expect(schemaSays(z.object({ s: z.literal('a') }), { s: 'c' })).toBe(
      'The value "a" is expected here, but there is "c".',
    );
    // Only plain values are listed; anything else stands as "…".
    expect(schemaSays(z.literal([2n, 'a']), 'c')).toBe(
      'One of these values is expected here: …, "a"; found "c".',
    );
    expect(schemaSays(z.object({ s: z.literal('a') }), {})).toBe(
      'The value "a" is expected here, but there is nothing.',
    );
  });

  it('explains each format the file uses, quoting the value', () => {
    const said = (key: string) => schemaSays(z.string().regex(/^$/, { error: key }), 'x y');
    expect(said(FORMAT_KEYS.kebabId)).toContain('An id consists only of lowercase letters');
    expect(said(FORMAT_KEYS.semver)).toContain('MAJOR.MINOR.PATCH');
    expect(said(FORMAT_KEYS.isoDate)).toContain('YYYY-MM-DD');
    expect(said(FORMAT_KEYS.url)).toContain('"https://"');
    expect(said(FORMAT_KEYS.planAction)).toContain('An action number from the action plan');
    expect(said('format:other')).toBe(
      'This text does not have the expected form; "x y" does not match.',
    );
    for (const key of Object.values(FORMAT_KEYS)) expect(said(key)).toContain('"x y"');
  });

  it('quotes an unknown key up to 60 characters and clips a longer one', () => {
    const key = (name: string) => schemaSays(z.strictObject({}), { [name]: 1 });
    expect(key('k'.repeat(60))).toBe(
      `The field "${'k'.repeat(60)}" is not allowed here; check the spelling or remove it.`,
    );
    expect(key('m'.repeat(61))).toBe(
      `The field "${'m'.repeat(59)}…" is not allowed here; check the spelling or remove it.`,
    );
  });

  it('names the divisor, and falls back on a clipped detail for anything else', () => {
    expect(schemaSays(z.number().multipleOf(5), 7)).toBe('This number must be a multiple of 5.');
    expect(
      schemaSays(
        z.string().refine(() => false, { message: `bad\n\n${'w'.repeat(200)}` }),
        'x',
      ),
    ).toBe(`This value is not valid (bad ${'w'.repeat(115)}…).`);
  });
});
