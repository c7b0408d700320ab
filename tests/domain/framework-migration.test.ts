import { describe, expect, it } from 'vitest';
import { frameworkContentHash } from '../../src/domain/framework-model';
import {
  V1_PLAN_ACTION_KIND,
  migrateFrameworkV1,
  scaleNormFromV1,
  toFormatV1,
} from '../../src/domain/framework-migration';
import type { Framework } from '../../src/schemas/framework';
import { criterion, framework, text } from './framework-builder';

/** A format-2 framework that format 1 can express: plan-action references only, norm 4. */
function expressible(extra: Partial<Framework> = {}): Framework {
  return framework(
    [
      [
        criterion('a', { references: [{ kind: V1_PLAN_ACTION_KIND.id, ref: '1.2' }] }),
        criterion('b', { scale: 'ja-nee', normLevel: 1 }),
      ],
    ],
    {
      referenceKinds: [V1_PLAN_ACTION_KIND],
      sources: [{ title: text('Actieplan'), reference: 'Actieplan (2026).' }],
      ...extra,
    },
  );
}

describe('scaleNormFromV1', () => {
  const levels = (...values: number[]) => ({
    levels: values.map((value) => ({ value, label: text(`${value}`), descriptor: text('x') })),
  });
  it("keeps the framework norm on a scale that has it as a level, else takes the scale's highest level", () => {
    expect(scaleNormFromV1(3, levels(1, 2, 3, 4, 5))).toBe(3);
    expect(scaleNormFromV1(4, levels(0, 1))).toBe(1);
    expect(scaleNormFromV1(0, levels(3, 1, 2))).toBe(3);
  });
  it('keeps the framework norm on a scale without levels', () => {
    expect(scaleNormFromV1(4, levels())).toBe(4);
  });
});

describe('toFormatV1', () => {
  it('gives the format-1 form of an expressible framework, which migrates back to it', () => {
    const fw = expressible();
    const v1 = toFormatV1(fw);
    expect(v1).not.toBeNull();
    expect(v1!.formatVersion).toBe(1);
    expect(v1!.normLevel).toBe(4);
    expect(v1!.domains[0]!.criteria.map((c) => c.planActions)).toEqual([['1.2'], []]);
    expect(migrateFrameworkV1(v1!)).toEqual(fw);
  });

  it('takes the norm of the default scale, wherever it is in the list', () => {
    // Default yes/no with norm 0: on the growth scale, where 0 is no level, format 1 made the
    // norm the highest level.
    const fw = expressible({ defaultScale: 'ja-nee' });
    fw.scales[0]!.normLevel = 5;
    fw.scales[1]!.normLevel = 0;
    expect(toFormatV1(fw)?.normLevel).toBe(0);
  });

  it('also works without sources', () => {
    expect(toFormatV1(expressible({ sources: [] }))).not.toBeNull();
  });

  // Each of these carries something format 1 has no place for: a format-1 form would drop it,
  // and (but for facility types, which the hash leaves out on purpose) two different
  // frameworks would get the same content hash.
  const inexpressible: [string, () => Framework][] = [
    ['a lineage', () => expressible({ lineage: { previousVersion: '0.9.0', withdrawn: [] } })],
    [
      'facility types',
      () => expressible({ facilityTypes: [{ id: 'crisis', label: text('Crisis') }] }),
    ],
    [
      'another reference kind',
      () =>
        expressible({
          referenceKinds: [
            V1_PLAN_ACTION_KIND,
            { id: 'norm', type: 'standard', label: text('Norm') },
          ],
        }),
    ],
    [
      'a link on a source',
      () =>
        expressible({
          sources: [
            { title: text('Zonder link'), reference: 'Boek (2020).' },
            {
              title: text('Actieplan'),
              reference: 'Actieplan (2026).',
              url: 'https://example.org/plan',
            },
          ],
        }),
    ],
    [
      'a scale norm format 1 could not produce',
      () => {
        const fw = expressible();
        fw.scales[1]!.normLevel = 0;
        return fw;
      },
    ],
    [
      'an N/A policy on a criterion',
      () => {
        const fw = expressible();
        fw.domains[0]!.criteria[1]!.naPolicy = { policy: 'not-allowed' };
        return fw;
      },
    ],
  ];

  it.each(inexpressible)('is null for a framework with %s', (_, make) => {
    const fw = make();
    expect(toFormatV1(fw)).toBeNull();
    if (fw.facilityTypes === undefined) {
      expect(frameworkContentHash(fw)).not.toBe(frameworkContentHash(expressible()));
    }
  });

  it('is null when the default scale is missing', () => {
    expect(toFormatV1(expressible({ defaultScale: 'onbekend' }))).toBeNull();
  });
});
