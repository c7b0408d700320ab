// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  migrateFrameworkV1,
  toFormatV1,
  V1_PLAN_ACTION_KIND,
} from '../../src/domain/framework-migration';
import { criterionNa, frameworkContentHash } from '../../src/domain/framework-model';
import { scoreAssessment } from '../../src/domain/scoring';
import { validateRound } from '../../src/domain/validate-round';
import { loadFrameworkText, loadFrameworkValue } from '../../src/io/framework-loader';
import { FrameworkV1Schema, type Framework } from '../../src/schemas/framework';
import { expectIssue, validFramework } from './framework-test-utils';

const BUNDLED_1_0_0 = readFileSync(
  new URL('../../frameworks/kwaliteitskader-tienerpooiers-1.0.0.json', import.meta.url),
  'utf8',
);

function loaded(value: unknown): Framework {
  const result = loadFrameworkValue(value);
  if (!result.ok) throw new Error(JSON.stringify(result.error.slice(0, 3)));
  return result.value;
}

/** The minimal fixture as a format-2 file (a mutable copy). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function v2(): any {
  return structuredClone(loaded(validFramework()));
}

describe('format 1 files still load, migrated to format 2', () => {
  it('turns plan actions into references of a declared plan-action kind, and the norm into scale norms', () => {
    const fw = loaded(validFramework());
    expect(fw.formatVersion).toBe(2);
    expect(fw.referenceKinds).toEqual([V1_PLAN_ACTION_KIND]);
    expect('normLevel' in fw).toBe(false);
    // Norm 4 is a level of the growth scale; on the other scales (where criteria carried their
    // own norm) the scale norm becomes the highest level.
    expect(fw.scales.map((scale) => [scale.id, scale.normLevel])).toEqual([
      ['groei-pdca', 4],
      ['ja-nee', 1],
      ['akkoord-3', 3],
    ]);
    const source = validFramework().domains[0].criteria[0].planActions as string[];
    expect(fw.domains[0]!.criteria[0]!.references).toEqual(
      source.map((ref) => ({ kind: 'actieplan', ref })),
    );
  });

  it('loads the bundled 1.0.0 and migrates it reversibly', () => {
    const result = loadFrameworkText(BUNDLED_1_0_0);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { $schema: _s, ...original } = FrameworkV1Schema.parse(JSON.parse(BUNDLED_1_0_0));
    expect(toFormatV1(result.value)).toEqual(original);
    expect(migrateFrameworkV1(original)).toEqual(result.value);
  });

  it('keeps the content hashes of frameworks written in format 1', () => {
    // Values computed by the format-1 app (main at c4df3c9): stored rounds, exchange files and
    // backups carry them.
    const bundled = loadFrameworkText(BUNDLED_1_0_0);
    if (!bundled.ok) throw new Error('bundled invalid');
    expect(frameworkContentHash(bundled.value)).toBe('1b285d4537794d');
    expect(frameworkContentHash(loaded(validFramework()))).toBe('15005a6150b28e');
    // The same content written as a format-2 file is the same framework.
    expect(frameworkContentHash(loaded(v2()))).toBe('15005a6150b28e');
  });

  it('hashes content that format 1 cannot express on its own', () => {
    const fw = v2();
    fw.domains[0].criteria[0].naPolicy = { policy: 'not-allowed' };
    expect(toFormatV1(loaded(fw))).toBeNull();
    expect(frameworkContentHash(loaded(fw))).not.toBe('15005a6150b28e');
  });

  it('reports format-1 problems at their place in the format-1 file', () => {
    const fw = validFramework();
    fw.domains[0].criteria[0].planActions = ['actie zeven'];
    expectIssue(
      loadFrameworkValue(fw),
      '$.domains[0].criteria[0].planActions[0]',
      'invalid-format',
    );
  });
});

describe('format 2 rules', () => {
  it('accepts references of any declared kind; plan actions must be action numbers', () => {
    const fw = v2();
    fw.referenceKinds.push({
      id: 'normen',
      type: 'standard',
      label: { 'nl-BE': 'Normen', en: 'Standards' },
    });
    fw.domains[0].criteria[0].references = [{ kind: 'normen', ref: 'Norm 4.2 (veiligheid)' }];
    expect(loadFrameworkValue(fw).ok).toBe(true);

    fw.domains[0].criteria[0].references.push({ kind: 'wetboek', ref: 'art. 458bis' });
    fw.domains[0].criteria[1].references = [{ kind: 'actieplan', ref: 'Norm 4.2' }];
    const result = loadFrameworkValue(fw);
    expectIssue(result, '$.domains[0].criteria[0].references[1].kind', 'unknown-reference-kind');
    expectIssue(
      result,
      '$.domains[0].criteria[1].references[0].ref',
      'reference-plan-action-format',
    );
  });

  it('checks each scale norm against its own scale', () => {
    const fw = v2();
    fw.scales[1].normLevel = 4; // the yes/no scale has 0 and 1
    expectIssue(loadFrameworkValue(fw), '$.scales[1].normLevel', 'norm-level-not-on-scale');
  });

  it('takes a source link only when it is a web address', () => {
    const fw = v2();
    fw.sources[0].url = 'https://codex.vlaanderen.be/';
    expect(loadFrameworkValue(fw).ok).toBe(true);
    fw.sources[0].url = 'javascript:alert(1)';
    expectIssue(loadFrameworkValue(fw), '$.sources[0].url', 'invalid-format');
  });

  it('needs the condition of a conditional N/A policy in every declared language', () => {
    const fw = v2();
    fw.domains[0].criteria[0].naPolicy = {
      policy: 'conditional',
      condition: { 'nl-BE': 'De voorziening heeft geen leefgroep.' },
    };
    expectIssue(
      loadFrameworkValue(fw),
      '$.domains[0].criteria[0].naPolicy.condition.en',
      'missing-text',
    );
  });
});

describe('facility types a framework declares', () => {
  const types = [
    { id: 'crisisopvang', label: { 'nl-BE': 'Crisisopvang', en: 'Crisis shelter' } },
    { id: 'kleinschalig', label: { 'nl-BE': 'Kleinschalige woonvorm', en: 'Small unit' } },
  ];

  it('are optional, and kept as declared', () => {
    expect(loaded(v2()).facilityTypes).toBeUndefined();
    const fw = v2();
    fw.facilityTypes = types;
    expect(loaded(fw).facilityTypes).toEqual(types);
  });

  it('need unique ids in the id format, a label in every declared language, and not "other"', () => {
    const fw = v2();
    fw.facilityTypes = [
      ...types,
      { id: 'crisisopvang', label: { 'nl-BE': 'Nog eens', en: 'Again' } },
      { id: 'other', label: { 'nl-BE': 'Overige', en: 'Other' } },
      { id: 'zonder-engels', label: { 'nl-BE': 'Zonder Engels' } },
    ];
    const result = loadFrameworkValue(fw);
    expectIssue(result, '$.facilityTypes[2].id', 'duplicate-facility-type');
    expectIssue(result, '$.facilityTypes[3].id', 'reserved-facility-type');
    expectIssue(result, '$.facilityTypes[4].label.en', 'missing-text');
    const badId = v2();
    badId.facilityTypes = [{ id: 'Crisis Opvang', label: types[0]!.label }];
    expectIssue(loadFrameworkValue(badId), '$.facilityTypes[0].id', 'invalid-format');
  });

  it('leave the content hash alone: they say who a framework is for, not how it scores', () => {
    const fw = v2();
    fw.facilityTypes = types;
    expect(frameworkContentHash(loaded(fw))).toBe('15005a6150b28e');
    // Format 1 cannot carry them, so the migration back refuses.
    expect(toFormatV1(loaded(fw))).toBeNull();
  });
});

describe('N/A policy per criterion', () => {
  function withPolicies(): Framework {
    const fw = v2();
    // The fixture's growth scale allows N/A; the policies narrow or condition it per criterion.
    fw.domains[0].criteria[0].naPolicy = { policy: 'not-allowed' };
    fw.domains[1].criteria[0].naPolicy = {
      policy: 'conditional',
      condition: { 'nl-BE': 'Geen leefgroep.', en: 'No living group.' },
    };
    return loaded(fw);
  }

  it('forbids, allows or conditions N/A without another scale', () => {
    const fw = withPolicies();
    const [first] = fw.domains[0]!.criteria;
    const conditional = fw.domains[1]!.criteria[0]!;
    expect(criterionNa(fw, first!)).toEqual({
      allowed: false,
      reasonRequired: false,
      condition: null,
    });
    expect(criterionNa(fw, conditional)).toEqual({
      allowed: true,
      reasonRequired: true,
      condition: { 'nl-BE': 'Geen leefgroep.', en: 'No living group.' },
    });
  });

  it('does not score an N/A that the criterion forbids, and validation flags it', () => {
    const fw = withPolicies();
    const first = fw.domains[0]!.criteria[0]!.id;
    const conditional = fw.domains[1]!.criteria[0]!.id;
    const result = scoreAssessment(fw, {
      [first]: { level: null, notApplicable: true, target: null },
      [conditional]: { level: null, notApplicable: true, target: null },
    });
    const byId = new Map(result.domains.flatMap((d) => d.criteria).map((c) => [c.criterionId, c]));
    expect(byId.get(first)!.status).toBe('unanswered');
    expect(byId.get(first)!.invalidNotApplicable).toBe(true);
    expect(byId.get(conditional)!.status).toBe('not-applicable');

    const answer = (notApplicable: boolean) => ({
      level: null,
      notApplicable,
      naReason: '',
      target: null,
      updatedAt: '2026-11-30T10:00:00.000Z',
      actions: [],
    });
    const problems = validateRound(
      {
        id: 'r1',
        facilityId: 'f1',
        frameworkId: fw.id,
        frameworkVersion: fw.version,
        status: 'afgerond',
        createdAt: '2026-11-30T09:00:00.000Z',
        updatedAt: '2026-11-30T10:00:00.000Z',
        finalisedAt: '2026-11-30T10:00:00.000Z',
        reopenings: [],
        revision: 1,
        previousAssessmentId: null,
        answers: { [first]: answer(true), [conditional]: answer(true) },
      },
      { framework: fw, findRound: () => undefined, now: new Date('2026-12-01T00:00:00Z') },
    );
    expect(problems.map((p) => [p.code, p.path.join('.')])).toEqual(
      expect.arrayContaining([
        ['na-not-allowed', `answers.${first}.notApplicable`],
        ['na-reason-missing', `answers.${conditional}.naReason`],
      ]),
    );
  });
});
