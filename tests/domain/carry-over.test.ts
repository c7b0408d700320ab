import { describe, expect, it } from 'vitest';
import { actionIds, carryOverPlan } from '../../src/domain/carry-over';
import { loadFrameworkValue } from '../../src/io/framework-loader';
import type { Framework } from '../../src/schemas/framework';
import type { Answer, ImprovementAction } from '../../src/schemas/records';
import minimalValid from '../io/fixtures/minimal-valid.json';

const NOW = '2026-10-01T09:00:00.000Z';

function framework(): Framework {
  const result = loadFrameworkValue(structuredClone(minimalValid));
  if (!result.ok) throw new Error('fixture framework did not load');
  return result.value;
}

function answer(patch: Partial<Answer>): Answer {
  return {
    level: 3,
    notApplicable: false,
    naReason: '',
    target: null,
    evidence: [{ id: 'e1', kind: 'document', note: 'Procedure', reference: '' }],
    actions: [],
    toDiscuss: true,
    updatedAt: '2026-04-01T09:00:00.000Z',
    ...patch,
  };
}

const action = (id: string, status: ImprovementAction['status']): ImprovementAction => ({
  id,
  what: `Actie ${id}`,
  responsibleRole: 'begeleider',
  dueDate: '2026-12-31',
  status,
});

describe('carryOverPlan', () => {
  it('carries own targets and unfinished actions, never levels, N/A, evidence or flags', () => {
    const carried = carryOverPlan(
      framework(),
      {
        'signalen-herkennen': answer({
          target: 5,
          actions: [action('a1', 'open'), action('a2', 'in-progress'), action('a3', 'done')],
        }),
      },
      NOW,
    );
    expect(carried).toEqual({
      'signalen-herkennen': {
        level: null,
        notApplicable: false,
        naReason: '',
        target: 5,
        evidence: [],
        actions: [action('a1', 'open'), action('a2', 'in-progress')],
        toDiscuss: false,
        updatedAt: NOW,
      },
    });
  });

  it('leaves out criteria with nothing to carry, and criteria the new version no longer has', () => {
    const carried = carryOverPlan(
      framework(),
      {
        'signalen-herkennen': answer({ actions: [action('a3', 'done')] }),
        'meldpunt-bekend': answer({ level: 1, notApplicable: false }),
        'verdwenen-criterium': answer({ target: 4, actions: [action('a4', 'open')] }),
      },
      NOW,
    );
    expect(carried).toEqual({});
  });

  it('drops an own target that is no level of the scale in the new version', () => {
    const carried = carryOverPlan(
      framework(),
      {
        // The yes/no scale has levels 0 and 1: a target of 4 cannot stand there.
        'meldpunt-bekend': answer({ target: 4, actions: [action('a5', 'open')] }),
        'jongere-betrokken': answer({ target: 3 }),
      },
      NOW,
    );
    expect(carried['meldpunt-bekend']).toMatchObject({ target: null, actions: [{ id: 'a5' }] });
    expect(carried['jongere-betrokken']).toMatchObject({ target: 3, actions: [] });
  });

  it('drops an own target when the criterion names a scale the framework lacks', () => {
    const fw = framework();
    fw.domains[0]!.criteria[0]!.scale = 'onbekende-schaal';
    const carried = carryOverPlan(
      fw,
      { 'signalen-herkennen': answer({ target: 4, actions: [action('a6', 'open')] }) },
      NOW,
    );
    expect(carried['signalen-herkennen']).toMatchObject({ target: null, actions: [{ id: 'a6' }] });
  });

  it('never reads inherited keys as criteria', () => {
    const previous = Object.create({ 'signalen-herkennen': answer({ target: 5 }) }) as Record<
      string,
      Answer
    >;
    expect(carryOverPlan(framework(), previous, NOW)).toEqual({});
  });

  it('knows the ids of last round’s actions', () => {
    expect([
      ...actionIds(answer({ actions: [action('a1', 'open'), action('a3', 'done')] })),
    ]).toEqual(['a1', 'a3']);
    expect(actionIds(undefined).size).toBe(0);
  });
});
