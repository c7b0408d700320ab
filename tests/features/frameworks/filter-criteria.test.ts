import { describe, expect, it } from 'vitest';
import {
  comparePlanActions,
  filterCriteria,
  foldForSearch,
  listReferences,
  queryTerms,
} from '../../../src/features/frameworks/filter-criteria';
import type { Criterion, Domain, Framework } from '../../../src/schemas/framework';

const text = (nl: string, en: string) => ({ 'nl-BE': nl, en });

function criterion(
  id: string,
  code: string,
  title: [string, string],
  description: [string, string],
  planActions: string[],
): Criterion {
  return {
    id,
    code,
    title: text(...title),
    description: text(...description),
    levelDescriptors: [],
    guidance: [],
    evidenceExamples: [],
    weight: 1,
    references: planActions.map((ref) => ({ kind: 'actieplan', ref })),
  };
}

function domain(id: string, code: string, title: [string, string], criteria: Criterion[]): Domain {
  return {
    id,
    code,
    title: text(...title),
    description: text('Omschrijving', 'Description'),
    criteria,
  };
}

const PLAN = { id: 'actieplan', type: 'plan-action', label: text('Acties', 'Actions') } as const;

const framework = {
  referenceKinds: [PLAN],
  domains: [
    domain(
      'acute-medische-zorg',
      'D3',
      ['Acute medische zorg', 'Acute medical care'],
      [
        criterion(
          'medisch-onthaal',
          'D3.1',
          ['Medisch onthaal', 'Medical intake'],
          ['Bij opname.', 'On admission.'],
          ['2.7', '2.1'],
        ),
        criterion(
          'zsg',
          'D3.2',
          ['Samenwerking ZSG', 'Cooperation SACC'],
          ['Met het zorgcentrum.', 'With the centre.'],
          ['2.2'],
        ),
      ],
    ),
    domain(
      'relaties',
      'D6',
      ['Betrouwbare relaties', 'Reliable relationships'],
      [
        criterion(
          'continuiteit',
          'D6.2',
          ['Continuïteit bij overgangen', 'Continuity at transitions'],
          ['Medische dossiers volgen de jongere.', 'Records follow the young person.'],
          ['2.10', 'addendum'],
        ),
      ],
    ),
    domain(
      'dader-slachtoffer',
      'D8',
      ['Dader-slachtofferrelatie', 'Perpetrator-victim relationship'],
      [
        criterion(
          'methodiek',
          'D8.1',
          ['Methodiek', 'Method'],
          ['Werken rond de relatie.', 'Working on the relationship.'],
          ['3.1', '2.7'],
        ),
        criterion(
          'ambivalentie',
          'D8.2',
          ['Ambivalentie erkennen', 'Recognising ambivalence'],
          ['Loyaliteit.', 'Loyalty.'],
          ['3.1'],
        ),
      ],
    ),
  ],
} as unknown as Framework;

const ids = (result: ReturnType<typeof filterCriteria>) =>
  result.domains.flatMap((d) => d.criteria.map((c) => c.id));

describe('foldForSearch / queryTerms', () => {
  it('ignores case, accents and extra whitespace', () => {
    expect(foldForSearch('  Continuïteit   bij OVERGANGEN ')).toBe('continuiteit bij overgangen');
    expect(foldForSearch('Médische')).toBe('medische');
    expect(queryTerms('  ')).toEqual([]);
    expect(queryTerms('Medisch  Onthaal')).toEqual(['medisch', 'onthaal']);
  });
});

describe('filterCriteria', () => {
  it('returns everything, inactive, without query or action', () => {
    const result = filterCriteria(framework, { query: '', reference: null, language: 'nl-BE' });
    expect(result.active).toBe(false);
    expect(result.count).toBe(5);
    expect(result.total).toBe(5);
    expect(result.domains).toHaveLength(3);
    expect(
      filterCriteria(framework, { query: '   ', reference: '', language: 'nl-BE' }).active,
    ).toBe(false);
  });

  it('finds "Medische" with "medisch", in titles, descriptions and domain titles', () => {
    const result = filterCriteria(framework, {
      query: 'medisch',
      reference: null,
      language: 'nl-BE',
    });
    expect(result.active).toBe(true);
    // Domain title "Acute medische zorg" matches both its criteria; D6.2 matches on description.
    expect(ids(result)).toEqual(['medisch-onthaal', 'zsg', 'continuiteit']);
    expect(result.count).toBe(3);
    expect(result.total).toBe(5);
  });

  it('is accent-insensitive both ways', () => {
    expect(
      ids(filterCriteria(framework, { query: 'continuiteit', reference: null, language: 'nl-BE' })),
    ).toEqual(['continuiteit']);
    expect(
      ids(filterCriteria(framework, { query: 'CONTINUÏTEIT', reference: null, language: 'nl-BE' })),
    ).toEqual(['continuiteit']);
  });

  it('requires every word, anywhere in the criterion or its domain title', () => {
    expect(
      ids(filterCriteria(framework, { query: 'zorg onthaal', reference: null, language: 'nl-BE' })),
    ).toEqual(['medisch-onthaal']);
    expect(
      filterCriteria(framework, {
        query: 'onthaal loyaliteit',
        reference: null,
        language: 'nl-BE',
      }).count,
    ).toBe(0);
  });

  it('searches the current language only', () => {
    expect(
      filterCriteria(framework, { query: 'medical', reference: null, language: 'nl-BE' }).count,
    ).toBe(0);
    expect(
      ids(filterCriteria(framework, { query: 'medical', reference: null, language: 'en' })),
    ).toEqual(['medisch-onthaal', 'zsg']);
  });

  it('matches criterion codes', () => {
    expect(
      ids(filterCriteria(framework, { query: 'd8.2', reference: null, language: 'nl-BE' })),
    ).toEqual(['ambivalentie']);
  });

  it('filters by plan action and combines with the query', () => {
    const byAction = filterCriteria(framework, {
      query: '',
      reference: 'actieplan 3.1',
      language: 'nl-BE',
    });
    expect(byAction.active).toBe(true);
    expect(ids(byAction)).toEqual(['methodiek', 'ambivalentie']);
    expect(byAction.domains.map((d) => d.domain.id)).toEqual(['dader-slachtoffer']);
    expect(
      ids(filterCriteria(framework, { query: '', reference: 'actieplan 2.7', language: 'nl-BE' })),
    ).toEqual(['medisch-onthaal', 'methodiek']);
    expect(
      ids(
        filterCriteria(framework, {
          query: 'ambivalentie',
          reference: 'actieplan 3.1',
          language: 'nl-BE',
        }),
      ),
    ).toEqual(['ambivalentie']);
    expect(
      filterCriteria(framework, { query: 'medisch', reference: 'actieplan 3.1', language: 'nl-BE' })
        .count,
    ).toBe(0);
    // "2.1" must not match "2.10".
    expect(
      ids(filterCriteria(framework, { query: '', reference: 'actieplan 2.1', language: 'nl-BE' })),
    ).toEqual(['medisch-onthaal']);
  });
});

describe('plan actions', () => {
  it('sorts numerically per segment, non-numeric last', () => {
    expect(['2.10', 'addendum', '2.9', '10.1', '0.2', '2', '2.1'].sort(comparePlanActions)).toEqual(
      ['0.2', '2', '2.1', '2.9', '2.10', '10.1', 'addendum'],
    );
  });

  it('lists the distinct plan actions of a framework', () => {
    expect(listReferences(framework).map((option) => option.ref)).toEqual([
      '2.1',
      '2.2',
      '2.7',
      '2.10',
      '3.1',
      'addendum',
    ]);
  });

  it('lists references per declared kind, in declaration order, other kinds alphabetically', () => {
    const standards = { id: 'normen', type: 'standard', label: text('Normen', 'Standards') };
    const first = framework.domains[0]!.criteria[0]!;
    const withStandards = {
      ...framework,
      referenceKinds: [standards, PLAN],
      domains: [
        {
          ...framework.domains[0]!,
          criteria: [
            {
              ...first,
              references: [
                { kind: 'normen', ref: 'Standaard 7' },
                { kind: 'normen', ref: 'Standaard 10' },
                { kind: 'actieplan', ref: '2.7' },
              ],
            },
          ],
        },
      ],
    } as unknown as Framework;
    expect(listReferences(withStandards).map((option) => option.key)).toEqual([
      'normen Standaard 10',
      'normen Standaard 7',
      'actieplan 2.7',
    ]);
    expect(
      ids(
        filterCriteria(withStandards, {
          query: '',
          reference: 'normen Standaard 7',
          language: 'nl-BE',
        }),
      ),
    ).toEqual([first.id]);
  });
});
