// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadFrameworkValue } from '../../src/io/framework-loader';
import { expectIssue, validFramework } from './framework-test-utils';
import { say } from '../say';

// The cross-field rules of a format-2 file (src/io/framework-rules.ts), case by case at their
// boundaries. tests/io/framework-loader.test.ts covers the rules in general.

/** The minimal fixture as a format-2 file (a mutable copy). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function v2(): any {
  const result = loadFrameworkValue(validFramework());
  if (!result.ok) throw new Error(JSON.stringify(result.error.slice(0, 3)));
  return structuredClone(result.value);
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const load = (fw: any) => loadFrameworkValue(fw);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const found = (fw: any): string[][] => {
  const result = load(fw);
  return result.ok ? [] : result.error.map((e) => [e.path, e.code]);
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function at(fw: any, path: (string | number)[]): any {
  return path.reduce((node, key) => node[key], fw);
}

describe('every text of the file is checked, at its own path', () => {
  const texts: [(string | number)[], string][] = [
    [['title'], '$.title["nl-BE"]'],
    [['description'], '$.description["nl-BE"]'],
    [['sources', 0, 'title'], '$.sources[0].title["nl-BE"]'],
    [['referenceKinds', 0, 'label'], '$.referenceKinds[0].label["nl-BE"]'],
    [['scales', 0, 'label'], '$.scales[0].label["nl-BE"]'],
    [['scales', 0, 'levels', 1, 'label'], '$.scales[0].levels[1].label["nl-BE"]'],
    [['scales', 0, 'levels', 1, 'descriptor'], '$.scales[0].levels[1].descriptor["nl-BE"]'],
    [['domains', 1, 'title'], '$.domains[1].title["nl-BE"]'],
    [['domains', 1, 'description'], '$.domains[1].description["nl-BE"]'],
    [['domains', 0, 'criteria', 0, 'title'], '$.domains[0].criteria[0].title["nl-BE"]'],
    [['domains', 0, 'criteria', 0, 'description'], '$.domains[0].criteria[0].description["nl-BE"]'],
    [
      ['domains', 0, 'criteria', 0, 'levelDescriptors', 2, 'text'],
      '$.domains[0].criteria[0].levelDescriptors[2].text["nl-BE"]',
    ],
    [['domains', 0, 'criteria', 0, 'guidance', 0], '$.domains[0].criteria[0].guidance[0]["nl-BE"]'],
    [
      ['domains', 0, 'criteria', 0, 'evidenceExamples', 0],
      '$.domains[0].criteria[0].evidenceExamples[0]["nl-BE"]',
    ],
    [['changelog', 0, 'changes'], '$.changelog[0].changes["nl-BE"]'],
  ];

  it.each(texts)('a blank Dutch text at %j is the one issue, at %s', (path, expected) => {
    const fw = v2();
    at(fw, path)['nl-BE'] = ' ';
    expect(found(fw)).toEqual([[expected, 'missing-text']]);
  });

  it('checks the English text too when the file declares English', () => {
    const fw = v2();
    delete fw.domains[1].description.en;
    expect(found(fw)).toEqual([['$.domains[1].description.en', 'missing-text']]);
  });

  it('checks the reason of a withdrawn criterion and the condition of a conditional N/A', () => {
    const fw = v2();
    fw.lineage = {
      previousVersion: '0.9.0',
      withdrawn: [{ id: 'oud-criterium', reason: { 'nl-BE': '', en: 'Merged elsewhere.' } }],
    };
    fw.domains[0].criteria[0].naPolicy = {
      policy: 'conditional',
      condition: { 'nl-BE': 'Alleen zonder eigen opvang.', en: ' ' },
    };
    const issues = found(fw);
    expect(issues).toContainEqual(['$.lineage.withdrawn[0].reason["nl-BE"]', 'missing-text']);
    expect(issues).toContainEqual([
      '$.domains[0].criteria[0].naPolicy.condition.en',
      'missing-text',
    ]);
  });
});

describe('level counts per scale type, at the boundaries', () => {
  const level = (value: number) => ({
    value,
    label: { 'nl-BE': `niveau ${value}`, en: `level ${value}` },
    descriptor: { 'nl-BE': `Niveau ${value}.`, en: `Level ${value}.` },
  });
  /** The file with one more scale, used by no criterion, of `type` with `count` levels. */
  function withScale(type: string, count: number) {
    const fw = v2();
    fw.scales.push({
      id: 'extra',
      type,
      label: { 'nl-BE': 'Extra', en: 'Extra' },
      levels: Array.from({ length: count }, (_, i) => level(i + 1)),
      normLevel: 1,
      notApplicable: fw.scales[0].notApplicable,
    });
    return fw;
  }
  const countIssue = (fw: unknown) =>
    found(fw).filter(
      ([path, code]) => path === '$.scales[3].levels' && code === 'scale-level-count',
    );

  it('accepts a likert scale of 3 to 11 levels and refuses 2 or 12', () => {
    expect(found(withScale('likert', 3))).toEqual([]);
    expect(found(withScale('likert', 11))).toEqual([]);
    expect(countIssue(withScale('likert', 2))).toHaveLength(1);
    const twelve = expectIssue(
      load(withScale('likert', 12)),
      '$.scales[3].levels',
      'scale-level-count',
    );
    expect(say(twelve.message, 'en')).toContain('12');
  });

  it('accepts an ordinal scale of 2 levels or many, and refuses 1', () => {
    expect(found(withScale('ordinal', 2))).toEqual([]);
    expect(found(withScale('ordinal', 12))).toEqual([]);
    expect(countIssue(withScale('ordinal', 1))).toHaveLength(1);
  });

  it('accepts a yes/no scale of exactly 0 and 1', () => {
    const fw = withScale('yesno', 2);
    fw.scales[3].levels = [level(0), level(1)];
    expect(found(fw)).toEqual([]);
  });
});

describe('duplicates name the first place', () => {
  it('refuses a reference kind declared twice, naming the first', () => {
    const fw = v2();
    fw.referenceKinds.push({ ...fw.referenceKinds[0], label: { 'nl-BE': 'Ander', en: 'Other' } });
    expect(found(fw)).toEqual([['$.referenceKinds[1].id', 'duplicate-reference-kind']]);
    const issue = expectIssue(load(fw), '$.referenceKinds[1].id', 'duplicate-reference-kind');
    expect(say(issue.message, 'en')).toContain('$.referenceKinds[0].id');
  });

  it('refuses the same reference twice in a criterion', () => {
    const fw = v2();
    const references = fw.domains[0].criteria[0].references;
    references.push({ ...references[0] });
    expect(found(fw)).toEqual([
      [`$.domains[0].criteria[0].references[${references.length - 1}]`, 'duplicate-reference'],
    ]);
  });

  it('refuses a domain code used twice, naming the first', () => {
    const fw = v2();
    fw.domains[1].code = fw.domains[0].code;
    expect(found(fw)).toEqual([['$.domains[1].code', 'duplicate-code']]);
    const issue = expectIssue(load(fw), '$.domains[1].code', 'duplicate-code');
    expect(say(issue.message, 'en')).toContain('$.domains[0].code');
  });

  it('refuses a criterion id equal to a domain id and a criterion code used twice, naming the first', () => {
    const fw = v2();
    fw.domains[1].criteria[0].id = fw.domains[0].id;
    fw.domains[1].criteria[0].code = fw.domains[0].criteria[0].code;
    const id = expectIssue(load(fw), '$.domains[1].criteria[0].id', 'duplicate-id');
    expect(say(id.message, 'en')).toContain('$.domains[0].id');
    const code = expectIssue(load(fw), '$.domains[1].criteria[0].code', 'duplicate-code');
    expect(say(code.message, 'en')).toContain('$.domains[0].criteria[0].code');
  });

  it('refuses a scale id used twice, naming the first', () => {
    const fw = v2();
    fw.scales[2].id = fw.scales[0].id;
    const issue = expectIssue(load(fw), '$.scales[2].id', 'duplicate-scale-id');
    expect(say(issue.message, 'en')).toContain('$.scales[0].id');
  });

  it('names the known scales and reference kinds when one is unknown', () => {
    const fw = v2();
    fw.defaultScale = 'onbekend';
    fw.domains[0].criteria[0].references[0].kind = 'onbekend';
    const scale = expectIssue(load(fw), '$.defaultScale', 'unknown-scale');
    expect(say(scale.message, 'en')).toContain('"groei-pdca"');
    const kind = expectIssue(
      load(fw),
      '$.domains[0].criteria[0].references[0].kind',
      'unknown-reference-kind',
    );
    expect(say(kind.message, 'en')).toContain(`"${fw.referenceKinds[0].id}"`);
  });
});
