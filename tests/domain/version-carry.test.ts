import { describe, expect, it } from 'vitest';
import {
  applyCarriedPlan,
  applyVersionCarry,
  canCarryAcrossVersions,
  carryCounts,
  confirmProposal,
  dropProposal,
  isSameMeaning,
  pendingProposal,
  pendingProposalIds,
  planCarryAcrossVersions,
  planVersionCarry,
  previousAnswerAcross,
} from '../../src/domain/version-carry';
import { scoreAssessment } from '../../src/domain/scoring';
import type { Criterion, CriterionLineage, Framework } from '../../src/schemas/framework';
import type { Answer, ImprovementAction } from '../../src/schemas/records';

const NOW = '2026-10-01T09:00:00.000Z';
const text = (nl: string) => ({ 'nl-BE': nl, en: nl });

function criterion(
  id: string,
  lineage?: CriterionLineage,
  extra: Partial<Criterion> = {},
): Criterion {
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
    ...(lineage ? { lineage } : {}),
    ...extra,
  };
}

function framework(
  version: string,
  criteria: Criterion[],
  lineage?: Framework['lineage'],
): Framework {
  return {
    formatVersion: 2,
    id: 'kader',
    version,
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
        notApplicable: { allowed: true, reasonRequired: false, excludedFromScore: true },
        normLevel: 1,
      },
    ],
    defaultScale: 'groei',
    domains: [{ id: 'd', code: 'D', title: text('D'), description: text('D'), criteria }],
    ...(lineage ? { lineage } : {}),
    changelog: [{ version, date: '2026-12-01', changes: text('x') }],
  };
}

const earlier = framework(
  '1.0.0',
  ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => criterion(id)),
);

const later = framework(
  '1.1.0',
  [
    criterion('a', { relation: 'unchanged', from: ['a'] }),
    criterion('b', { relation: 'reworded', from: ['b'] }),
    criterion('c', { relation: 'stricter', from: ['c'] }),
    criterion('d-1', { relation: 'split', from: ['d'] }),
    criterion('d-2', { relation: 'split', from: ['d'] }),
    criterion('ef', { relation: 'merged', from: ['e', 'f'] }),
    criterion('n', { relation: 'new', from: [] }),
  ],
  {
    previousVersion: '1.0.0',
    withdrawn: [
      { id: 'g', reason: text('weg') },
      { id: 'h', reason: text('weg') },
    ],
  },
);

function answer(patch: Partial<Answer>): Answer {
  return {
    level: null,
    notApplicable: false,
    naReason: '',
    target: null,
    evidence: [],
    actions: [],
    toDiscuss: false,
    updatedAt: '2026-04-01T09:00:00.000Z',
    ...patch,
  };
}

const oldAnswers: Record<string, Answer> = {
  a: answer({ level: 4 }),
  b: answer({ level: 3 }),
  c: answer({ level: 5 }),
  d: answer({ level: 2 }),
  e: answer({ level: 4 }),
  f: answer({ level: 2 }),
  g: answer({ level: 5 }),
};

function row(id: string, answers: Record<string, Answer> = oldAnswers) {
  const carry = planVersionCarry(later, earlier, answers);
  const found = carry?.rows.find((r) => r.criterionId === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
}

describe('planVersionCarry: one rule per lineage relation', () => {
  it('unchanged: the earlier level, as a proposal', () => {
    expect(row('a')).toMatchObject({
      relation: 'unchanged',
      proposal: { level: 4, notApplicable: false },
      gap: null,
    });
  });

  it('reworded: the earlier level, as a proposal', () => {
    expect(row('b')).toMatchObject({ relation: 'reworded', proposal: { level: 3 } });
  });

  it('stricter: the earlier level, as a proposal', () => {
    expect(row('c')).toMatchObject({ relation: 'stricter', proposal: { level: 5 } });
  });

  it('split: a proposal with the earlier level for every part', () => {
    expect(row('d-1')).toMatchObject({ relation: 'split', proposal: { level: 2 } });
    expect(row('d-2')).toMatchObject({ relation: 'split', proposal: { level: 2 } });
    expect(row('d-2').sources.map((s) => s.id)).toEqual(['d']);
  });

  it('merged: the lowest earlier level, as a proposal', () => {
    expect(row('ef')).toMatchObject({ relation: 'merged', proposal: { level: 2 } });
    expect(row('ef').sources.map((s) => [s.id, s.level])).toEqual([
      ['e', 4],
      ['f', 2],
    ]);
  });

  it('merged: an unanswered part does not lower or block the proposal', () => {
    const { f: _f, ...rest } = oldAnswers;
    expect(row('ef', rest)).toMatchObject({ proposal: { level: 4 } });
  });

  it('new: nothing is carried', () => {
    expect(row('n')).toMatchObject({ relation: 'new', proposal: null, gap: 'new' });
  });

  it('withdrawn: listed with their earlier answer, never carried', () => {
    const carry = planVersionCarry(later, earlier, oldAnswers)!;
    expect(carry.withdrawn.map((s) => [s.id, s.level])).toEqual([
      ['g', 5],
      ['h', null],
    ]);
    const applied = applyVersionCarry(carry, {}, NOW);
    expect(Object.keys(applied)).not.toContain('g');
    expect(carryCounts(carry)).toEqual({
      byRelation: { unchanged: 1, reworded: 1, stricter: 1, split: 2, merged: 1, new: 1 },
      proposals: 6,
      withdrawn: 2,
    });
  });

  it('an unanswered earlier criterion gives no proposal', () => {
    const { a: _a, ...rest } = oldAnswers;
    expect(row('a', rest)).toMatchObject({ proposal: null, gap: 'unanswered' });
  });

  it('N/A carries as a proposal with its reason, unless this version forbids N/A', () => {
    const na = { ...oldAnswers, b: answer({ notApplicable: true, naReason: 'Geen leefgroep' }) };
    expect(row('b', na)).toMatchObject({
      proposal: { level: null, notApplicable: true, naReason: 'Geen leefgroep' },
    });
    const strict = framework(
      '1.1.0',
      later.domains[0]!.criteria.map((c) =>
        c.id === 'b' ? { ...c, naPolicy: { policy: 'not-allowed' as const } } : c,
      ),
      later.lineage,
    );
    const carried = planVersionCarry(strict, earlier, na)!;
    expect(carried.rows.find((r) => r.criterionId === 'b')).toMatchObject({
      proposal: null,
      gap: 'na-not-allowed',
    });
  });

  it('a level that is not on the new scale gives no proposal', () => {
    const yesNo = framework(
      '1.1.0',
      later.domains[0]!.criteria.map((c) => (c.id === 'c' ? { ...c, scale: 'ja-nee' } : c)),
      later.lineage,
    );
    const carried = planVersionCarry(yesNo, earlier, oldAnswers)!;
    expect(carried.rows.find((r) => r.criterionId === 'c')).toMatchObject({
      proposal: null,
      gap: 'off-scale',
    });
  });

  it('only between the two versions the lineage links', () => {
    expect(canCarryAcrossVersions(later, earlier)).toBe(true);
    expect(planVersionCarry(earlier, later, oldAnswers)).toBeNull();
    expect(planVersionCarry(later, framework('0.9.0', []), oldAnswers)).toBeNull();
    expect(planVersionCarry(later, later, oldAnswers)).toBeNull();
    expect(planVersionCarry({ ...later, id: 'ander' }, earlier, oldAnswers)).toBeNull();
  });

  it('never changes the earlier answers', () => {
    const copy = structuredClone(oldAnswers);
    const carry = planVersionCarry(later, earlier, copy)!;
    applyVersionCarry(carry, {}, NOW);
    expect(copy).toEqual(oldAnswers);
  });
});

describe('applying and confirming proposals', () => {
  // Built inside each test (not when the file is collected), so a mutation run sees it.
  const carry = () => planVersionCarry(later, earlier, oldAnswers)!;

  it('stores proposals apart from levels: nothing is scored until confirmed', () => {
    const plan = { b: answer({ target: 5, actions: [] }) };
    const applied = applyVersionCarry(carry(), plan, NOW);
    expect(applied.b).toMatchObject({
      level: null,
      notApplicable: false,
      target: 5,
      proposal: { relation: 'reworded', from: ['b'], fromVersion: '1.0.0', level: 3 },
    });
    expect(applied.n).toBeUndefined();
    const result = scoreAssessment(later, applied);
    expect(result.overall.completeness.answered).toBe(0);
    expect(result.overall.score).toBeNull();
    expect(pendingProposalIds(later, applied)).toEqual(['a', 'b', 'c', 'd-1', 'd-2', 'ef']);
  });

  it('confirming takes the proposal as the level and removes it', () => {
    const applied = applyVersionCarry(carry(), {}, NOW);
    const confirmed = confirmProposal(applied.ef!);
    expect(confirmed.level).toBe(2);
    expect(confirmed.proposal).toBeUndefined();
    expect(pendingProposal(confirmed)).toBeNull();
    const result = scoreAssessment(later, { ...applied, ef: confirmed });
    expect(result.overall.completeness.answered).toBe(1);
  });

  it('an own choice ends the proposal; dropping it keeps the rest', () => {
    const applied = applyVersionCarry(carry(), {}, NOW);
    expect(pendingProposal({ ...applied.a!, level: 2 })).toBeNull();
    expect(dropProposal(applied.a!)).not.toHaveProperty('proposal');
  });

  it('only unchanged and reworded count as the same meaning (bulk confirmation)', () => {
    const applied = applyVersionCarry(carry(), {}, NOW);
    const same = pendingProposalIds(later, applied).filter((id) =>
      isSameMeaning(applied[id]!.proposal!),
    );
    expect(same).toEqual(['a', 'b']);
  });
});

function action(id: string, status: ImprovementAction['status'] = 'open'): ImprovementAction {
  return { id, what: `Actie ${id}`, responsibleRole: 'teamcoach', dueDate: null, status };
}

describe('targets and improvement actions follow the lineage', () => {
  const withPlan: Record<string, Answer> = {
    a: answer({ level: 4, target: 5, actions: [action('a1'), action('a2', 'done')] }),
    b: answer({ level: 3, target: 4, actions: [action('b1', 'in-progress')] }),
    c: answer({ level: 2, target: 3 }),
    d: answer({ level: 2, target: 4, actions: [action('d1')] }),
    e: answer({ level: 4, target: 3, actions: [action('e1')] }),
    f: answer({ level: 2, target: 5, actions: [action('f1'), action('e1')] }),
    g: answer({ level: 5, target: 5, actions: [action('g1')] }),
  };
  // Built inside each test (not when the file is collected), so a mutation run sees it.
  const carry = () => planVersionCarry(later, earlier, withPlan)!;
  const plan = () => planCarryAcrossVersions(carry(), later, withPlan);

  it('unchanged, reworded, stricter: the target and the unfinished actions, to the same criterion', () => {
    expect(plan().get('a')).toEqual({ target: 5, targetsOffScale: [], actions: [action('a1')] });
    expect(plan().get('b')).toEqual({
      target: 4,
      targetsOffScale: [],
      actions: [action('b1', 'in-progress')],
    });
    expect(plan().get('c')).toEqual({ target: 3, targetsOffScale: [], actions: [] });
  });

  it('split: each part gets the target and the actions', () => {
    const expected = { target: 4, targetsOffScale: [], actions: [action('d1')] };
    expect(plan().get('d-1')).toEqual(expected);
    expect(plan().get('d-2')).toEqual(expected);
  });

  it('merged: the highest target and every action of the sources, each once', () => {
    expect(plan().get('ef')).toEqual({
      target: 5,
      targetsOffScale: [],
      actions: [action('e1'), action('f1')],
    });
  });

  it('new criteria take nothing; a withdrawn one keeps its plan in the earlier round', () => {
    expect(plan().has('n')).toBe(false);
    const ids = [...plan().values()].flatMap((p) => p.actions.map((a) => a.id));
    expect(ids).not.toContain('g1');
  });

  it('a target that is not a level of the new scale is named, not set', () => {
    const onYesNo = framework(
      '1.1.0',
      [criterion('a', { relation: 'reworded', from: ['a'] }, { scale: 'ja-nee', normLevel: 1 })],
      { previousVersion: '1.0.0', withdrawn: [] },
    );
    const carried = planCarryAcrossVersions(
      planVersionCarry(onYesNo, earlier, withPlan)!,
      onYesNo,
      withPlan,
    );
    expect(carried.get('a')).toEqual({
      target: null,
      targetsOffScale: [5],
      actions: [action('a1')],
    });
  });

  it('lands in the new round beside the proposals, and the earlier round is unchanged', () => {
    const before = structuredClone(withPlan);
    const answers = applyVersionCarry(carry(), applyCarriedPlan(plan(), {}, NOW), NOW);
    expect(answers['d-2']).toMatchObject({
      level: null,
      target: 4,
      actions: [action('d1')],
      proposal: { relation: 'split', from: ['d'], level: 2 },
    });
    expect(answers.ef).toMatchObject({ target: 5, proposal: { relation: 'merged', level: 2 } });
    expect(answers.n).toBeUndefined();
    expect(withPlan).toEqual(before);
    // Still nothing scored.
    expect(scoreAssessment(later, answers).overall.completeness.answered).toBe(0);
  });

  it('keeps a target and actions the new answer already holds', () => {
    const own = { a: answer({ target: 3, actions: [action('a1'), action('x9')] }) };
    const applied = applyCarriedPlan(plan(), own, NOW);
    expect(applied.a!.target).toBe(3);
    expect(applied.a!.actions.map((a) => a.id)).toEqual(['a1', 'x9']);
  });

  it('the previous answer beside a criterion follows the lineage too', () => {
    const ef = later.domains[0]!.criteria.find((c) => c.id === 'ef')!;
    expect(previousAnswerAcross(ef, withPlan)).toMatchObject({
      level: 2,
      target: 5,
      actions: [action('e1'), action('f1')],
    });
    const d2 = later.domains[0]!.criteria.find((c) => c.id === 'd-2')!;
    expect(previousAnswerAcross(d2, withPlan)).toBe(withPlan.d);
    const n = later.domains[0]!.criteria.find((c) => c.id === 'n')!;
    expect(previousAnswerAcross(n, withPlan)).toBeUndefined();
    // Without lineage (same version): the answer under the same id.
    expect(previousAnswerAcross(criterion('a'), withPlan)).toBe(withPlan.a);
  });
});

describe('carrying across versions: the edges', () => {
  it('never carries a version into itself, even when its lineage names its own version', () => {
    const self = framework('1.0.0', [criterion('a')], {
      previousVersion: '1.0.0',
      withdrawn: [],
    });
    expect(canCarryAcrossVersions(self, earlier)).toBe(false);
    expect(planVersionCarry(self, earlier, oldAnswers)).toBeNull();
  });

  it('names each source by its earlier code and title, with a reason only when it was N/A', () => {
    const answers = {
      ...oldAnswers,
      // A reason left from an earlier N/A: not a reason any more.
      a: answer({ level: 4, naReason: 'Oud' }),
      b: answer({ notApplicable: true, naReason: 'Geen leefgroep' }),
    };
    const carry = planVersionCarry(later, earlier, answers)!;
    expect(carry.rows.find((r) => r.criterionId === 'a')!.sources).toEqual([
      { id: 'a', code: 'A', title: text('a'), level: 4, notApplicable: false, naReason: '' },
    ]);
    expect(carry.rows.find((r) => r.criterionId === 'b')!.sources).toEqual([
      {
        id: 'b',
        code: 'B',
        title: text('b'),
        level: null,
        notApplicable: true,
        naReason: 'Geen leefgroep',
      },
    ]);
    expect(carry.withdrawn[0]).toEqual({
      id: 'g',
      code: 'G',
      title: text('g'),
      level: 5,
      notApplicable: false,
      naReason: '',
    });
  });

  it('a level proposal carries no N/A reason', () => {
    expect(row('a').proposal).toEqual({ level: 4, notApplicable: false, naReason: '' });
  });

  it('a criterion citing only ids the earlier version lacks gets nothing, as a new one', () => {
    const odd = framework('1.1.0', [criterion('x', { relation: 'reworded', from: ['onbekend'] })], {
      previousVersion: '1.0.0',
      withdrawn: [],
    });
    const carry = planVersionCarry(odd, earlier, { onbekend: answer({ level: 3 }) })!;
    expect(carry.rows).toEqual([
      { criterionId: 'x', relation: 'reworded', sources: [], proposal: null, gap: 'new' },
    ]);
  });

  it('a criterion without lineage in a version with lineage is treated as new', () => {
    const bare = framework('1.1.0', [criterion('a')], { previousVersion: '1.0.0', withdrawn: [] });
    expect(planVersionCarry(bare, earlier, oldAnswers)!.rows).toEqual([
      { criterionId: 'a', relation: 'new', sources: [], proposal: null, gap: 'new' },
    ]);
  });

  it('merged: N/A carries only when every part was N/A, with every reason, trimmed, one per line', () => {
    const bothNa = {
      e: answer({ notApplicable: true, naReason: '  Geen leefgroep ' }),
      f: answer({ notApplicable: true, naReason: 'Geen nachtwerking' }),
    };
    expect(row('ef', bothNa).proposal).toEqual({
      level: null,
      notApplicable: true,
      naReason: 'Geen leefgroep\nGeen nachtwerking',
    });
    const oneWithoutReason = {
      e: answer({ notApplicable: true, naReason: '  ' }),
      f: answer({ notApplicable: true, naReason: 'Geen nachtwerking' }),
    };
    expect(row('ef', oneWithoutReason).proposal).toEqual({
      level: null,
      notApplicable: true,
      naReason: 'Geen nachtwerking',
    });
    const naAndUnanswered = { e: answer({ notApplicable: true, naReason: 'Geen leefgroep' }) };
    expect(row('ef', naAndUnanswered)).toMatchObject({ proposal: null, gap: 'unanswered' });
  });

  it('applying leaves criteria without a proposal alone, and clears an own N/A reason', () => {
    const { a: _a, ...rest } = oldAnswers;
    const carry = planVersionCarry(later, earlier, rest)!;
    const applied = applyVersionCarry(
      carry,
      { b: answer({ notApplicable: false, naReason: 'Oude reden', target: 4 }) },
      NOW,
    );
    expect(applied).not.toHaveProperty('a');
    expect(applied).not.toHaveProperty('n');
    expect(applied.b).toMatchObject({ naReason: '', target: 4, proposal: { level: 3 } });
  });

  it('confirming or dropping an answer without a proposal leaves it as it is', () => {
    const own = answer({ level: 2, naReason: '' });
    expect(confirmProposal(own)).toEqual(own);
    expect(dropProposal(own)).toEqual(own);
  });
});

describe('the carried plan: the edges', () => {
  const merged = later.domains[0]!.criteria.find((c) => c.id === 'ef')!;

  it('a source without a target or an answer adds no target; its actions still come along', () => {
    const prev = {
      a: answer({ level: 4, actions: [action('a1')] }),
      e: answer({ level: 2, target: 4, actions: [action('e1')] }),
      // f is not answered.
    };
    const plan = planCarryAcrossVersions(planVersionCarry(later, earlier, prev)!, later, prev);
    expect(plan.get('a')).toEqual({ target: null, targetsOffScale: [], actions: [action('a1')] });
    expect(plan.get('ef')).toEqual({ target: 4, targetsOffScale: [], actions: [action('e1')] });
  });

  it('leaves out a criterion whose sources hold nothing to take', () => {
    const prev = {
      a: answer({ level: 4, actions: [action('a2', 'done')] }),
      b: answer({ level: 3, target: 5 }),
    };
    const plan = planCarryAcrossVersions(planVersionCarry(later, earlier, prev)!, later, prev);
    expect([...plan.keys()]).toEqual(['b']);
    expect(plan.get('b')).toEqual({ target: 5, targetsOffScale: [], actions: [] });
  });

  it('keeps a criterion whose only earlier target is off the new scale, to name it', () => {
    const onYesNo = framework(
      '1.1.0',
      [criterion('a', { relation: 'reworded', from: ['a'] }, { scale: 'ja-nee', normLevel: 1 })],
      { previousVersion: '1.0.0', withdrawn: [] },
    );
    const prev = { a: answer({ level: 1, target: 4 }) };
    const plan = planCarryAcrossVersions(planVersionCarry(onYesNo, earlier, prev)!, onYesNo, prev);
    expect(plan.get('a')).toEqual({ target: null, targetsOffScale: [4], actions: [] });
    // Applying it sets nothing: there is no target to set and no action.
    expect(applyCarriedPlan(plan, {}, NOW)).toEqual({});
  });

  it('takes nothing for a row whose criterion the given version does not hold', () => {
    const carry = planVersionCarry(later, earlier, oldAnswers)!;
    const without = framework(
      '1.1.0',
      later.domains[0]!.criteria.filter((c) => c.id !== 'a'),
      later.lineage,
    );
    const prev = { a: answer({ level: 4, target: 5, actions: [action('a1')] }) };
    expect(planCarryAcrossVersions(carry, without, prev).has('a')).toBe(false);
  });

  it('applies a plan with only actions, or only a target', () => {
    const plan = new Map([
      ['a', { target: null, targetsOffScale: [], actions: [action('a1')] }],
      ['b', { target: 4, targetsOffScale: [], actions: [] }],
    ]);
    const applied = applyCarriedPlan(plan, {}, NOW);
    expect(applied.a).toMatchObject({ target: null, actions: [action('a1')] });
    expect(applied.b).toMatchObject({ target: 4, actions: [] });
  });

  it('the previous answer of a merge: N/A only when every part was N/A, with their reasons', () => {
    const ev = (id: string) => ({ id, kind: 'document' as const, note: id, reference: '' });
    const allNa = {
      e: answer({ notApplicable: true, naReason: ' Geen leefgroep ', evidence: [ev('x1')] }),
      f: answer({ notApplicable: true, naReason: 'Geen nachtwerking', evidence: [ev('x2')] }),
    };
    expect(previousAnswerAcross(merged, allNa)).toMatchObject({
      level: null,
      notApplicable: true,
      naReason: 'Geen leefgroep\nGeen nachtwerking',
      target: null,
      evidence: [ev('x1'), ev('x2')],
    });
    const oneWithoutReason = {
      e: answer({ notApplicable: true, naReason: '' }),
      f: answer({ notApplicable: true, naReason: 'Geen nachtwerking' }),
    };
    expect(previousAnswerAcross(merged, oneWithoutReason)?.naReason).toBe('Geen nachtwerking');
  });

  it('the previous answer of a merge: the lowest level given, never N/A beside an answer', () => {
    const mixed = {
      e: answer({ notApplicable: true, naReason: 'Geen leefgroep' }),
      f: answer({ level: 3 }),
    };
    expect(previousAnswerAcross(merged, mixed)).toMatchObject({
      level: 3,
      notApplicable: false,
      naReason: '',
    });
    const naAndOpen = {
      e: answer({ notApplicable: true, naReason: 'Geen leefgroep' }),
      f: answer({ level: null, target: 4 }),
    };
    expect(previousAnswerAcross(merged, naAndOpen)).toMatchObject({
      level: null,
      notApplicable: false,
      naReason: '',
      target: 4,
    });
    // One part unanswered: the other part's answer, as it is.
    const onePart = { e: answer({ level: 3, target: 4 }) };
    expect(previousAnswerAcross(merged, onePart)).toBe(onePart.e);
    const openAndLevel = { e: answer({ level: null }), f: answer({ level: 2 }) };
    expect(previousAnswerAcross(merged, openAndLevel)).toMatchObject({ level: 2, target: null });
  });
});
