/**
 * A small format-2 framework built in code, for pure domain tests (no loader, no file).
 */
import type { Criterion, Framework } from '../../src/schemas/framework';

export const text = (nl: string) => ({ 'nl-BE': nl, en: nl });

export function criterion(id: string, extra: Partial<Criterion> = {}): Criterion {
  return {
    id,
    code: id.toUpperCase(),
    title: text(id),
    description: text(id),
    levelDescriptors: [],
    guidance: [],
    evidenceExamples: [],
    weight: 1,
    references: [],
    ...extra,
  };
}

/** Two scales: "groei" (norm 4, N/A with reason) first, "ja-nee" (norm 1, no N/A) second. */
export function framework(criteria: Criterion[][], extra: Partial<Framework> = {}): Framework {
  return {
    formatVersion: 2,
    id: 'kader',
    version: '1.0.0',
    status: 'concept',
    publishedOn: '2026-12-01',
    languages: ['nl-BE', 'en'],
    title: text('Kader'),
    description: text('Kader'),
    sources: [],
    referenceKinds: [],
    scales: [
      {
        id: 'groei',
        type: 'ordinal',
        label: text('Groei'),
        levels: [1, 2, 3, 4, 5].map((value) => ({
          value,
          label: text(`${value}`),
          descriptor: text('x'),
        })),
        notApplicable: { allowed: true, reasonRequired: true, excludedFromScore: true },
        normLevel: 4,
      },
      {
        id: 'ja-nee',
        type: 'yesno',
        label: text('Ja/nee'),
        levels: [0, 1].map((value) => ({ value, label: text(`${value}`), descriptor: text('x') })),
        notApplicable: { allowed: false, reasonRequired: false, excludedFromScore: true },
        normLevel: 1,
      },
    ],
    defaultScale: 'groei',
    domains: criteria.map((list, i) => ({
      id: `d${i}`,
      code: `D${i}`,
      title: text(`D${i}`),
      description: text(`D${i}`),
      criteria: list,
    })),
    changelog: [{ version: '1.0.0', date: '2026-12-01', changes: text('x') }],
    ...extra,
  };
}
