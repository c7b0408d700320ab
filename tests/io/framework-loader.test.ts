// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_BYTES,
  MAX_ISSUES,
  MIGRATIONS,
  criterionNorm,
  criterionScale,
  frameworkContentHash,
  frameworkFingerprint,
  loadFrameworkText,
  loadFrameworkValue,
  runMigrations,
  utf8ByteLength,
} from '../../src/io/framework-loader';
import { errorsOf, expectIssue, expectSentences, validFramework } from './framework-test-utils';
import { say } from '../say';

const load = (value: unknown) => loadFrameworkText(JSON.stringify(value));

describe('valid framework', () => {
  it('loads the minimal fixture and drops $schema', () => {
    const result = load(validFramework());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.id).toBe('minimaal-kader');
    expect(result.value.domains).toHaveLength(2);
    expect('$schema' in result.value).toBe(false);
  });

  it('accepts a byte order mark and loadFrameworkValue on parsed JSON', () => {
    expect(loadFrameworkText(`\uFEFF${JSON.stringify(validFramework())}`).ok).toBe(true);
    expect(loadFrameworkValue(validFramework()).ok).toBe(true);
  });

  it('accepts a file that declares only nl-BE without English texts', () => {
    const fw = validFramework();
    fw.languages = ['nl-BE'];
    delete fw.title.en;
    delete fw.domains[0].criteria[0].guidance[0].en;
    expect(load(fw).ok).toBe(true);
  });

  it('resolves criterion scale and norm', () => {
    const result = load(validFramework());
    if (!result.ok) throw new Error('fixture invalid');
    const fw = result.value;
    const [first, second] = fw.domains[0]!.criteria;
    expect(criterionScale(fw, first!)?.id).toBe('groei-pdca');
    expect(criterionNorm(fw, first!)).toBe(4);
    expect(criterionScale(fw, second!)?.id).toBe('ja-nee');
    expect(criterionNorm(fw, second!)).toBe(1);
  });
});

describe('before parsing', () => {
  it('rejects non-JSON', () => {
    expectIssue(loadFrameworkText('not json'), '$', 'not-json');
    expectIssue(loadFrameworkText('{"formatVersion": 1'), '$', 'not-json');
  });

  it('rejects empty input', () => {
    expectIssue(loadFrameworkText(''), '$', 'empty');
  });

  it('rejects whitespace-only input', () => {
    expectIssue(loadFrameworkText('  \n\t \r\n '), '$', 'empty');
  });

  it('rejects oversized input before parsing (default 2 MiB)', () => {
    const text = `"${'x'.repeat(DEFAULT_MAX_BYTES)}"`;
    const issue = expectIssue(loadFrameworkText(text), '$', 'too-large');
    // Sizes use the app's one byte format (decimal units, as in the storage overview).
    expect(say(issue.message, 'en')).toContain('at most 2.1 MB');
    expect(say(issue.message, 'nl-BE')).toContain('hoogstens 2,1 MB');
  });

  it('measures the cap in UTF-8 bytes, not characters', () => {
    const text = `"${'é'.repeat(60)}"`; // 62 characters, 122 bytes
    expect(utf8ByteLength(text)).toBe(122);
    expectIssue(loadFrameworkText(text, { maxBytes: 100 }), '$', 'too-large');
    expect(utf8ByteLength('😀')).toBe(4);
  });

  it('rejects 100 000 nested arrays without a RangeError', () => {
    const text = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(() => loadFrameworkText(text)).not.toThrow();
    expectIssue(loadFrameworkText(text), '$', 'too-deep');
  });

  it('rejects a deeply nested parsed value without recursion', () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expectIssue(loadFrameworkValue({ formatVersion: 1, nested: deep }), '$', 'too-deep');
  });

  it('does not count brackets inside strings as nesting', () => {
    const fw = validFramework();
    fw.description.en = '['.repeat(500) + '{'.repeat(500);
    expect(load(fw).ok).toBe(true);
  });
});

describe('forbidden keys', () => {
  it('reports __proto__ with its path and does not pollute Object.prototype', () => {
    const text = JSON.stringify(validFramework()).replace(
      '"code":"D1",',
      '"code":"D1","__proto__":{"polluted":true},',
    );
    const result = loadFrameworkText(text);
    expectIssue(result, '$.domains[0].__proto__', 'forbidden-key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports constructor and prototype keys anywhere', () => {
    const fw = validFramework();
    fw.constructor = { prototype: {} };
    fw.scales[0].levels[0].label = { 'nl-BE': 'a', prototype: 'b' };
    const result = loadFrameworkValue(JSON.parse(JSON.stringify(fw)));
    expectIssue(result, '$.constructor', 'forbidden-key');
    expectIssue(result, '$.scales[0].levels[0].label.prototype', 'forbidden-key');
  });
});

describe('formatVersion', () => {
  it('requires the file to be an object', () => {
    expectIssue(loadFrameworkText('[]'), '$', 'not-an-object');
    expectIssue(loadFrameworkText('null'), '$', 'not-an-object');
  });

  it('reports a missing formatVersion', () => {
    const fw = validFramework();
    delete fw.formatVersion;
    expectIssue(load(fw), '$.formatVersion', 'format-version-missing');
  });

  it.each([['1'], [1.5], [0], [-1], [null]])('rejects formatVersion %j', (value) => {
    const fw = validFramework();
    fw.formatVersion = value;
    expectIssue(load(fw), '$.formatVersion', 'format-version-invalid');
  });

  it('says a newer formatVersion needs a newer app', () => {
    const fw = validFramework();
    fw.formatVersion = 3;
    const issue = expectIssue(load(fw), '$.formatVersion', 'format-version-newer');
    expect(say(issue.message, 'en')).toContain('newer version of the app');
    expect(say(issue.message, 'nl-BE')).toContain('nieuwere versie van de app');
  });

  it('migrates format 1 to 2, and the mechanism chains steps in order', () => {
    expect(MIGRATIONS.map((migration) => migration.from)).toEqual([1]);
    const migrations = [
      { from: 2, migrate: (v: unknown) => ({ ...(v as object), formatVersion: 3, b: true }) },
      { from: 1, migrate: (v: unknown) => ({ ...(v as object), formatVersion: 2, a: true }) },
    ];
    const result = runMigrations({ formatVersion: 1 }, 1, migrations, 3);
    expect(result).toEqual({ ok: true, value: { formatVersion: 3, a: true, b: true } });
  });

  it('reports a missing or broken migration step', () => {
    const missing = runMigrations({ formatVersion: 1 }, 1, [], 2);
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.error.code).toBe('format-version-unsupported');
      expectSentences(missing.error);
    }
    const wrong = runMigrations({ formatVersion: 1 }, 1, [{ from: 1, migrate: (v) => v }], 2);
    expect(wrong.ok === false && wrong.error.code).toBe('migration-failed');
    const throwing = runMigrations(
      { formatVersion: 1 },
      1,
      [
        {
          from: 1,
          migrate: () => {
            throw new Error('boom');
          },
        },
      ],
      2,
    );
    expect(throwing.ok === false && say(throwing.error.message, 'en')).toContain('boom');
  });
});

describe('schema issues', () => {
  it('reports a missing field at its own path', () => {
    const fw = validFramework();
    delete fw.domains[0].criteria[0].weight;
    const issue = expectIssue(load(fw), '$.domains[0].criteria[0].weight', 'missing-field');
    expect(say(issue.message, 'en')).toBe('The required field "weight" is missing.');
  });

  it('names the expected and found type in plain words', () => {
    const fw = validFramework();
    fw.domains[1].criteria[0].weight = '2';
    const issue = expectIssue(load(fw), '$.domains[1].criteria[0].weight', 'invalid-type');
    expect(say(issue.message, 'en')).toBe('A number is expected here, but there is text.');
    expect(say(issue.message, 'nl-BE')).toBe('Hier wordt een getal verwacht, maar er staat tekst.');
  });

  it('reports a fractional level value as not a whole number', () => {
    const fw = validFramework();
    fw.scales[0].levels[0].value = 1.5;
    const issue = expectIssue(load(fw), '$.scales[0].levels[0].value', 'invalid-type');
    expect(say(issue.message, 'en')).toBe('A whole number is expected here, but there is 1.5.');
  });

  it("reports each unknown key at the key's path", () => {
    const fw = validFramework();
    fw.domains[1].colour = 'red';
    fw.title.fr = 'Cadre';
    const result = load(fw);
    expectIssue(result, '$.domains[1].colour', 'unknown-key');
    expectIssue(result, '$.title.fr', 'unknown-key');
  });

  it('reports all schema issues, not just the first', () => {
    const fw = validFramework();
    fw.status = 'final';
    fw.publishedOn = '2026-02-30';
    fw.scales[0].type = 'stars';
    fw.domains[0].criteria[0].planActions = ['x'];
    fw.domains[0].criteria[0].title['nl-BE'] = 5;
    const result = load(fw);
    expectIssue(result, '$.status', 'invalid-value');
    expectIssue(result, '$.publishedOn', 'invalid-format');
    expectIssue(result, '$.scales[0].type', 'invalid-value');
    expectIssue(result, '$.domains[0].criteria[0].planActions[0]', 'invalid-format');
    expectIssue(result, '$.domains[0].criteria[0].title["nl-BE"]', 'invalid-type');
    expect(errorsOf(result)).toHaveLength(5);
  });

  it.each([[0], [-1]])('rejects weight %d', (weight) => {
    const fw = validFramework();
    fw.domains[0].criteria[1].weight = weight;
    const issue = expectIssue(load(fw), '$.domains[0].criteria[1].weight', 'too-small');
    expect(say(issue.message, 'en')).toBe(
      `This number must be greater than 0, but it is ${weight}.`,
    );
  });

  it('rejects a version that is not semver', () => {
    const fw = validFramework();
    fw.version = '1.0';
    const issue = expectIssue(load(fw), '$.version', 'invalid-format');
    expect(say(issue.message, 'en')).toContain('MAJOR.MINOR.PATCH');
  });

  it('accepts a pre-release version', () => {
    const fw = validFramework();
    fw.version = '1.1.0-rc.1';
    fw.changelog.push({
      version: '1.1.0-rc.1',
      date: '2026-12-01',
      changes: { 'nl-BE': 'Ontwerp.', en: 'Draft.' },
    });
    expect(load(fw).ok).toBe(true);
  });

  it('rejects ids that are not kebab-case', () => {
    const fw = validFramework();
    fw.domains[0].criteria[0].id = 'Signalen_Herkennen';
    expectIssue(load(fw), '$.domains[0].criteria[0].id', 'invalid-format');
  });

  it('caps the number of reported issues', () => {
    const fw = validFramework();
    for (let i = 0; i < MAX_ISSUES + 50; i++) fw[`extra${i}`] = i;
    const errors = errorsOf(load(fw));
    expect(errors).toHaveLength(MAX_ISSUES + 1);
    expect(errors[MAX_ISSUES]!.code).toBe('too-many-issues');
    expectSentences(errors[MAX_ISSUES]!);
  });
});

describe('cross-field rules', () => {
  it('rejects duplicate domain/criterion ids across the file', () => {
    const fw = validFramework();
    fw.domains[1].criteria[0].id = 'detectie'; // same as domain 0
    fw.domains[1].id = 'signalen-herkennen'; // same as a criterion in domain 0
    const result = load(fw);
    expectIssue(result, '$.domains[1].criteria[0].id', 'duplicate-id');
    const issue = expectIssue(result, '$.domains[1].id', 'duplicate-id');
    expect(say(issue.message, 'en')).toContain('$.domains[0].criteria[0].id');
  });

  it('rejects duplicate scale ids', () => {
    const fw = validFramework();
    fw.scales[2].id = 'ja-nee';
    expectIssue(load(fw), '$.scales[2].id', 'duplicate-scale-id');
  });

  it('rejects duplicate codes', () => {
    const fw = validFramework();
    fw.domains[0].criteria[1].code = 'D1.1';
    expectIssue(load(fw), '$.domains[0].criteria[1].code', 'duplicate-code');
  });

  it('rejects a criterion scale that does not exist', () => {
    const fw = validFramework();
    fw.domains[0].criteria[0].scale = 'onbekend';
    const issue = expectIssue(load(fw), '$.domains[0].criteria[0].scale', 'unknown-scale');
    expect(say(issue.message, 'en')).toContain('"groei-pdca"');
  });

  it('rejects a defaultScale that does not exist, once', () => {
    const fw = validFramework();
    fw.defaultScale = 'onbekend';
    const errors = errorsOf(load(fw));
    expectIssue(load(fw), '$.defaultScale', 'unknown-scale');
    expect(errors.filter((e) => e.code === 'unknown-scale')).toHaveLength(1);
  });

  it('rejects missing or blank text in a declared language, wherever it is', () => {
    const fw = validFramework();
    delete fw.domains[0].criteria[0].title.en;
    fw.domains[0].criteria[0].guidance[0]['nl-BE'] = '   ';
    fw.scales[1].levels[0].descriptor.en = '';
    fw.changelog[0].changes = {};
    const result = load(fw);
    expectIssue(result, '$.domains[0].criteria[0].title.en', 'missing-text');
    expectIssue(result, '$.domains[0].criteria[0].guidance[0]["nl-BE"]', 'missing-text');
    expectIssue(result, '$.scales[1].levels[0].descriptor.en', 'missing-text');
    expectIssue(result, '$.changelog[0].changes["nl-BE"]', 'missing-text');
    expectIssue(result, '$.changelog[0].changes.en', 'missing-text');
    expect(errorsOf(result)).toHaveLength(5);
  });

  it('requires nl-BE in languages and in every text', () => {
    const fw = validFramework();
    fw.languages = ['en'];
    delete fw.title['nl-BE'];
    const result = load(fw);
    expectIssue(result, '$.languages', 'missing-language-nl-BE');
    expectIssue(result, '$.title["nl-BE"]', 'missing-text');
  });

  it('rejects a duplicate language', () => {
    const fw = validFramework();
    fw.languages = ['nl-BE', 'en', 'en'];
    expectIssue(load(fw), '$.languages[2]', 'duplicate-language');
  });

  it('rejects a domain without criteria', () => {
    const fw = validFramework();
    fw.domains[1].criteria = [];
    expectIssue(load(fw), '$.domains[1].criteria', 'empty-domain');
  });

  it('rejects a framework normLevel that is not on the default scale', () => {
    const fw = validFramework();
    fw.normLevel = 7;
    const issue = expectIssue(load(fw), '$.normLevel', 'norm-level-not-on-scale');
    expect(say(issue.message, 'en')).toContain('1, 2, 3, 4, 5');
  });

  it('rejects a criterion normLevel that is not on its scale', () => {
    const fw = validFramework();
    fw.domains[0].criteria[1].normLevel = 2; // yes/no scale has 0 and 1
    expectIssue(load(fw), '$.domains[0].criteria[1].normLevel', 'norm-level-not-on-scale');
  });

  it("requires an own normLevel when the default norm is not on the criterion's scale", () => {
    const fw = validFramework();
    delete fw.domains[0].criteria[1].normLevel; // default 4 is not on the yes/no scale
    expectIssue(load(fw), '$.domains[0].criteria[1]', 'norm-level-not-on-scale');
  });

  it('requires exactly one level descriptor per scale level', () => {
    const missing = validFramework();
    missing.domains[0].criteria[0].levelDescriptors.pop();
    const issue = expectIssue(
      load(missing),
      '$.domains[0].criteria[0].levelDescriptors',
      'descriptor-missing',
    );
    expect(say(issue.message, 'en')).toContain('level 5');

    const duplicate = validFramework();
    duplicate.domains[1].criteria[0].levelDescriptors.push({
      value: 2,
      text: { 'nl-BE': 'x', en: 'x' },
    });
    expectIssue(
      load(duplicate),
      '$.domains[1].criteria[0].levelDescriptors[3].value',
      'descriptor-duplicate',
    );

    const unknown = validFramework();
    unknown.domains[0].criteria[1].levelDescriptors[1].value = 9;
    const result = load(unknown);
    expectIssue(
      result,
      '$.domains[0].criteria[1].levelDescriptors[1].value',
      'descriptor-unknown-level',
    );
    expectIssue(result, '$.domains[0].criteria[1].levelDescriptors', 'descriptor-missing');
  });

  it('requires unique ascending scale level values', () => {
    const fw = validFramework();
    fw.scales[0].levels[1].value = 1;
    fw.scales[0].levels[3].value = 2;
    const result = load(fw);
    expectIssue(result, '$.scales[0].levels[1].value', 'duplicate-level-value');
    expectIssue(result, '$.scales[0].levels[3].value', 'levels-not-ascending');
  });

  it('enforces level counts per scale type', () => {
    const yesno = validFramework();
    yesno.scales[1].levels.push({
      value: 2,
      label: { 'nl-BE': 'x', en: 'x' },
      descriptor: { 'nl-BE': 'x', en: 'x' },
    });
    expectIssue(load(yesno), '$.scales[1].levels', 'scale-level-count');

    const yesnoValues = validFramework();
    yesnoValues.scales[1].levels[0].value = -1;
    expectIssue(load(yesnoValues), '$.scales[1].levels', 'yesno-values');
    // Both levels count: 0 and 2 is not a yes/no scale either.
    const yesnoSecond = validFramework();
    yesnoSecond.scales[1].levels[1].value = 2;
    expectIssue(load(yesnoSecond), '$.scales[1].levels', 'yesno-values');

    const likert = validFramework();
    likert.scales[2].levels.pop();
    expectIssue(load(likert), '$.scales[2].levels', 'scale-level-count');

    const ordinal = validFramework();
    ordinal.scales[0].levels = ordinal.scales[0].levels.slice(0, 1);
    expectIssue(load(ordinal), '$.scales[0].levels', 'scale-level-count');
  });

  it("requires a changelog entry for the file's version", () => {
    const fw = validFramework();
    fw.version = '1.0.1';
    const issue = expectIssue(load(fw), '$.changelog', 'changelog-missing-version');
    expect(say(issue.message, 'en')).toContain('1.0.1');
  });

  it('rejects a duplicate changelog version', () => {
    const fw = validFramework();
    fw.changelog.push({ ...fw.changelog[0] });
    expectIssue(load(fw), '$.changelog[1].version', 'changelog-duplicate-version');
  });
});

describe('never throws', () => {
  it('turns a hostile value into an internal-error issue', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('nope');
        },
      },
    );
    const result = loadFrameworkValue(hostile);
    expectIssue(result, '$', 'internal-error');
  });

  it('survives cyclic values', () => {
    const cyclic: Record<string, unknown> = { formatVersion: 1 };
    cyclic.self = cyclic;
    expect(() => loadFrameworkValue(cyclic)).not.toThrow();
    expect(loadFrameworkValue(cyclic).ok).toBe(false);
  });

  it('handles non-string input to loadFrameworkText', () => {
    expect(loadFrameworkText(undefined as unknown as string).ok).toBe(false);
  });
});

describe('fingerprint', () => {
  const loaded = (fw: unknown) => {
    const result = loadFrameworkValue(fw);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value;
  };

  it('ignores key order and $schema', () => {
    const a = validFramework();
    const b = JSON.parse(JSON.stringify(a, Object.keys(a).reverse()));
    const reordered = { ...Object.fromEntries(Object.entries(validFramework()).reverse()) };
    delete reordered.$schema;
    expect(b).toBeDefined();
    expect(frameworkFingerprint(loaded(a))).toBe(frameworkFingerprint(loaded(reordered)));
    expect(frameworkContentHash(loaded(a))).toBe(frameworkContentHash(loaded(reordered)));
  });

  it('changes when content changes under the same id and version', () => {
    const a = validFramework();
    const b = validFramework();
    b.domains[0].criteria[0].title.en = 'Recognising signals early';
    expect(frameworkFingerprint(loaded(a))).not.toBe(frameworkFingerprint(loaded(b)));
    expect(frameworkContentHash(loaded(a))).not.toBe(frameworkContentHash(loaded(b)));
    expect(frameworkContentHash(loaded(a))).toMatch(/^[0-9a-f]{14}$/);
  });
});

describe('size cap at its boundary', () => {
  it('counts 1, 2, 3 and 4 UTF-8 bytes at the code point boundaries', () => {
    expect(utf8ByteLength('')).toBe(0);
    expect(utf8ByteLength('\u007f')).toBe(1);
    expect(utf8ByteLength('\u0080')).toBe(2);
    expect(utf8ByteLength('\u07ff')).toBe(2);
    expect(utf8ByteLength('\u0800')).toBe(3);
    expect(utf8ByteLength('\uffff')).toBe(3);
    // Surrogate pairs at both ends of the high and low ranges are one 4-byte character.
    expect(utf8ByteLength('\ud800\udc00')).toBe(4);
    expect(utf8ByteLength('\udbff\udfff')).toBe(4);
    expect(utf8ByteLength('a\ud83d\ude00b')).toBe(6);
    expect(utf8ByteLength('a\ud83d\ude00b')).toBe(new TextEncoder().encode('a😀b').length);
  });

  it('counts a lone surrogate as the 3 bytes of U+FFFD', () => {
    expect(utf8ByteLength('\ud800')).toBe(3);
    expect(utf8ByteLength('\udc00')).toBe(3);
    expect(utf8ByteLength('\ud7ff')).toBe(3);
    expect(utf8ByteLength('\ud800a')).toBe(4);
    expect(utf8ByteLength('\ud800\ud800\udc00')).toBe(7);
    expect(utf8ByteLength('\udc00\ud800')).toBe(6);
    expect(utf8ByteLength('\ue000')).toBe(3);
    // Only a high surrogate starts a pair, and only a low one completes it.
    expect(utf8ByteLength('\udc00\udc00')).toBe(6);
    expect(utf8ByteLength('\u0800\udc00')).toBe(6);
    expect(utf8ByteLength('\ud800é')).toBe(5);
  });

  it('accepts a file of exactly the cap and refuses one byte more, naming both sizes', () => {
    const fw = JSON.stringify(validFramework());
    const cap = utf8ByteLength(fw);
    expect(loadFrameworkText(fw, { maxBytes: cap }).ok).toBe(true);
    const issue = expectIssue(loadFrameworkText(fw, { maxBytes: cap - 1 }), '$', 'too-large');
    expect(issue.message.params).toMatchObject({ size: cap, max: cap - 1 });
  });

  it('measures bytes, not characters, also when the characters just fit the cap', () => {
    // 10 characters, 20 bytes: a cap of 10 bytes must refuse it.
    const text = `"${'é'.repeat(8)}"`;
    const issue = expectIssue(loadFrameworkText(text, { maxBytes: 10 }), '$', 'too-large');
    expect(issue.message.params).toMatchObject({ size: 18, max: 10 });
    expect(errorsOf(loadFrameworkText(text, { maxBytes: 18 }))[0]!.code).not.toBe('too-large');
  });

  it('treats a file with only a byte order mark as empty', () => {
    expectIssue(loadFrameworkText('\uFEFF'), '$', 'empty');
    expectIssue(loadFrameworkText('\uFEFF \n'), '$', 'empty');
  });

  it('refuses a byte order mark anywhere but first', () => {
    expectIssue(loadFrameworkText(` \uFEFF${JSON.stringify(validFramework())}`), '$', 'not-json');
  });
});

describe('nesting limit option', () => {
  it('refuses text and values nested deeper than maxDepth and accepts exactly maxDepth', () => {
    expect(errorsOf(loadFrameworkText('[[[1]]]', { maxDepth: 3 }))[0]!.code).toBe('not-an-object');
    const deep = expectIssue(loadFrameworkText('[[[[1]]]]', { maxDepth: 3 }), '$', 'too-deep');
    expect(say(deep.message, 'en')).toContain('more than 3 levels');
    expect(errorsOf(loadFrameworkValue([[[1]]], { maxDepth: 3 }))[0]!.code).toBe('not-an-object');
    expectIssue(loadFrameworkValue([[[[1]]]], { maxDepth: 3 }), '$', 'too-deep');
  });

  it('measures the nesting of the text before parsing it', () => {
    // Cut off and nested too deep: the depth is what is said, as for any hostile file.
    expectIssue(loadFrameworkText('{"a":[[[[1', { maxDepth: 3 }), '$', 'too-deep');
    expectIssue(loadFrameworkText('{"a":[[1', { maxDepth: 3 }), '$', 'not-json');
  });

  it('uses 64 levels by default', () => {
    const nest = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
    expect(errorsOf(loadFrameworkText(nest(64)))[0]!.code).toBe('not-an-object');
    expectIssue(loadFrameworkText(nest(65)), '$', 'too-deep');
    let value: unknown = [];
    for (let i = 1; i < 64; i++) value = [value];
    expect(errorsOf(loadFrameworkValue(value))[0]!.code).toBe('not-an-object');
    expectIssue(loadFrameworkValue([value]), '$', 'too-deep');
  });
});

describe('what the early problems say', () => {
  it('names the forbidden key itself, at every place it occurs, in document order', () => {
    const text = JSON.stringify(validFramework()).replace(
      '"id":"minimaal-kader",',
      '"id":"minimaal-kader","a":{"__proto__":1,"b":[{"constructor":2}]},',
    );
    const errors = errorsOf(loadFrameworkText(text));
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['$.a.__proto__', 'forbidden-key'],
      ['$.a.b[0].constructor', 'forbidden-key'],
    ]);
    expect(say(errors[0]!.message, 'en')).toContain('"__proto__"');
    expect(say(errors[1]!.message, 'en')).toContain('"constructor"');
  });

  it('says what the file holds instead of an object', () => {
    const said = (text: string) =>
      say(expectIssue(loadFrameworkText(text), '$', 'not-an-object').message, 'en');
    expect(said('[]')).toContain('but it contains a list ([ ... ]).');
    expect(said('"x"')).toContain('but it contains text.');
    expect(said('12')).toContain('but it contains a number.');
  });

  it('reads only an own formatVersion, and names the current format when it is missing', () => {
    const inherited = Object.assign(Object.create({ formatVersion: 2 }), { id: 'x' });
    const issue = expectIssue(
      loadFrameworkValue(inherited),
      '$.formatVersion',
      'format-version-missing',
    );
    expect(say(issue.message, 'en')).toContain('(currently 2)');
  });

  it('shows the invalid formatVersion', () => {
    const fw = validFramework();
    fw.formatVersion = 0;
    const issue = expectIssue(load(fw), '$.formatVersion', 'format-version-invalid');
    expect(say(issue.message, 'en')).toBe(
      '"formatVersion" must be a positive whole number, but it is 0.',
    );
    fw.formatVersion = Number.POSITIVE_INFINITY;
    expectIssue(loadFrameworkValue(fw), '$.formatVersion', 'format-version-invalid');
  });

  it('names the newer format and the one the app knows', () => {
    const fw = validFramework();
    fw.formatVersion = 3;
    const issue = expectIssue(load(fw), '$.formatVersion', 'format-version-newer');
    expect(say(issue.message, 'en')).toContain('(file format 3; this app knows format 2)');
  });

  it('loads a format-2 file as it stands', () => {
    const first = loadFrameworkValue(validFramework());
    if (!first.ok) throw new Error('fixture invalid');
    const again = loadFrameworkValue(structuredClone(first.value));
    expect(again).toEqual(first);
  });
});

describe('migrations given as an option', () => {
  it('run on a format-1 file without the format-1 checks, and their result is validated', () => {
    const current = loadFrameworkValue(validFramework());
    if (!current.ok) throw new Error('fixture invalid');
    const calls: unknown[] = [];
    const migrations = [
      {
        from: 1,
        migrate: (value: unknown) => {
          calls.push(value);
          return structuredClone(current.value);
        },
      },
    ];
    // Not a format-1 framework at all: only the migration's result is checked.
    const result = loadFrameworkValue({ formatVersion: 1, anything: true }, { migrations });
    expect(calls).toEqual([{ formatVersion: 1, anything: true }]);
    expect(result).toEqual(current);
  });

  it('report a missing step at $.formatVersion and a failed one at $', () => {
    const missing = errorsOf(loadFrameworkValue(validFramework(), { migrations: [] }));
    expect(missing.map((e) => [e.path, e.code])).toEqual([
      ['$.formatVersion', 'format-version-unsupported'],
    ]);
    expect(say(missing[0]!.message, 'en')).toContain('File format 1 is not');
    const broken = errorsOf(
      loadFrameworkValue(validFramework(), {
        migrations: [{ from: 1, migrate: () => ({ formatVersion: 3 }) }],
      }),
    );
    expect(broken.map((e) => [e.path, e.code])).toEqual([['$', 'migration-failed']]);
    expect(say(broken[0]!.message, 'en')).toBe(
      'Converting file format 1 to 2 failed (result does not have formatVersion 2).',
    );
  });
});

describe('runMigrations', () => {
  const step = (from: number) => ({
    from,
    migrate: (v: unknown) => ({ ...(v as object), formatVersion: from + 1 }),
  });

  it('returns the value untouched when it is already at the target', () => {
    const value = { formatVersion: 2 };
    const result = runMigrations(value, 2, [], 2);
    expect(result.ok && result.value).toBe(value);
  });

  it('stops at the target even when more steps exist', () => {
    expect(runMigrations({ formatVersion: 1 }, 1, [step(1), step(2), step(3)], 3)).toEqual({
      ok: true,
      value: { formatVersion: 3 },
    });
  });

  it('names the format of the file, not the step, when a later step is missing', () => {
    const result = runMigrations({ formatVersion: 1 }, 1, [step(1)], 3);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.path).toBe('$.formatVersion');
    expect(say(result.error.message, 'en')).toContain('File format 1 is not');
  });

  it('refuses a step whose result is not an object, naming the step that failed', () => {
    for (const bad of [null, [{ formatVersion: 3 }], 'x']) {
      const result = runMigrations(
        { formatVersion: 1 },
        1,
        [step(1), { from: 2, migrate: () => bad }],
        3,
      );
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error).toMatchObject({ path: '$', code: 'migration-failed' });
      expect(say(result.error.message, 'en')).toBe(
        'Converting file format 2 to 3 failed (result does not have formatVersion 3).',
      );
    }
  });

  it('describes what a step threw: its message, its name, or the value', () => {
    const throwing = (thrown: unknown) => {
      const result = runMigrations(
        { formatVersion: 1 },
        1,
        [
          {
            from: 1,
            migrate: () => {
              throw thrown;
            },
          },
        ],
        2,
      );
      if (result.ok) throw new Error('expected a failure');
      return say(result.error.message, 'en');
    };
    const thrown = runMigrations(
      { formatVersion: 1 },
      1,
      [
        {
          from: 1,
          migrate: () => {
            throw new Error('x');
          },
        },
      ],
      2,
    );
    expect(thrown.ok === false && thrown.error).toMatchObject({
      path: '$',
      code: 'migration-failed',
    });
    expect(throwing(new TypeError('bad input'))).toBe(
      'Converting file format 1 to 2 failed (bad input).',
    );
    expect(throwing(new RangeError())).toBe('Converting file format 1 to 2 failed (RangeError).');
    expect(throwing('plain words')).toBe('Converting file format 1 to 2 failed (plain words).');
    const unprintable = {
      toString() {
        throw new Error('no');
      },
    };
    expect(throwing(unprintable)).toBe('Converting file format 1 to 2 failed (unknown error).');
  });
});

describe('the issue cap at its boundary', () => {
  const withExtraKeys = (count: number) => {
    const fw = validFramework();
    for (let i = 0; i < count; i++) fw[`extra${i}`] = i;
    return errorsOf(load(fw));
  };

  it('lists exactly MAX_ISSUES problems without a summary', () => {
    const errors = withExtraKeys(MAX_ISSUES);
    expect(errors).toHaveLength(MAX_ISSUES);
    expect(errors.every((e) => e.code === 'unknown-key')).toBe(true);
  });

  it('summarises the rest in one last issue that counts them', () => {
    const one = withExtraKeys(MAX_ISSUES + 1);
    expect(one).toHaveLength(MAX_ISSUES + 1);
    expect(one[MAX_ISSUES]).toMatchObject({ path: '$', code: 'too-many-issues' });
    expect(say(one[MAX_ISSUES]!.message, 'en')).toBe(
      'There is 1 more problem; fix the ones above first.',
    );
    expect(one[MAX_ISSUES - 1]!.path).toBe(`$.extra${MAX_ISSUES - 1}`);
    const more = withExtraKeys(MAX_ISSUES + 7);
    expect(say(more[MAX_ISSUES]!.message, 'en')).toBe(
      'There are 7 more problems; fix the ones above first.',
    );
  });
});

describe('internal errors', () => {
  it('name the input that is not text', () => {
    const issue = expectIssue(loadFrameworkText(42 as unknown as string), '$', 'internal-error');
    expect(say(issue.message, 'en')).toContain('(input is not text)');
  });

  it('carry the message of what went wrong', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('nope');
        },
      },
    );
    const issue = expectIssue(loadFrameworkValue(hostile), '$', 'internal-error');
    expect(say(issue.message, 'en')).toContain('(nope)');
  });

  it('are what both entry points return when their options cannot be read', () => {
    const options = {
      get maxBytes(): number {
        throw new Error('unreadable option');
      },
      get maxDepth(): number {
        throw new Error('unreadable option');
      },
    };
    for (const result of [
      loadFrameworkText('{}', options),
      loadFrameworkValue(validFramework(), options),
    ]) {
      const issue = expectIssue(result, '$', 'internal-error');
      expect(say(issue.message, 'en')).toContain('(unreadable option)');
    }
  });
});
