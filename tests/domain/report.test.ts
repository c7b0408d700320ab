import { describe, expect, it } from 'vitest';
import type { CompareFacility, CompareRound } from '../../src/domain/compare';
import { defaultFilter } from '../../src/domain/compare';
import {
  buildComparisonReport,
  buildFacilityReport,
  buildPlanReport,
  comparePlanItems,
  criterionRows,
  planItems,
  roundDate,
  type PlanItem,
  type ReportRound,
} from '../../src/domain/report';
import { scoreAssessment, SCORING_METHOD_VERSION } from '../../src/domain/scoring';
import { loadFrameworkValue } from '../../src/io/framework-loader';
import type { Framework } from '../../src/schemas/framework';
import type { Answer, Assessment, ImprovementAction } from '../../src/schemas/records';
import minimalValid from '../io/fixtures/minimal-valid.json';

// The minimal framework: D1 (D1.1 signalen-herkennen on 1..5, D1.2 meldpunt-bekend yes/no),
// D2 (D2.1 jongere-betrokken on 1..3).
function framework(): Framework {
  const result = loadFrameworkValue(structuredClone(minimalValid));
  if (!result.ok) throw new Error('fixture framework did not load');
  return result.value;
}

const STAMP = '2026-11-20T10:00:00.000Z';
const facility = { id: 'fac-1', label: 'De Vlinder', demo: false };

function answer(patch: Partial<Answer> = {}): Answer {
  return {
    level: 3,
    notApplicable: false,
    naReason: '',
    target: null,
    evidence: [],
    actions: [],
    toDiscuss: false,
    updatedAt: STAMP,
    ...patch,
  };
}

const act = (
  id: string,
  what: string,
  dueDate: string | null,
  status: ImprovementAction['status'] = 'open',
): ImprovementAction => ({ id, what, responsibleRole: 'Teamcoördinator', dueDate, status });

function round(answers: Record<string, Answer>, patch: Partial<Assessment> = {}): Assessment {
  return {
    id: 'r1',
    facilityId: 'fac-1',
    frameworkId: 'minimaal-kader',
    frameworkVersion: '1.0.0',
    scoringMethodVersion: SCORING_METHOD_VERSION,
    periodLabel: 'Voorjaar 2026',
    participants: [{ role: 'Begeleider', count: 3 }],
    status: 'afgerond',
    createdAt: STAMP,
    updatedAt: STAMP,
    finalisedAt: STAMP,
    reopenings: [],
    revision: 1,
    previousAssessmentId: null,
    answers,
    ...patch,
  };
}

const item = (code: string, action: ImprovementAction): PlanItem => ({
  assessmentId: 'r1',
  periodLabel: 'P',
  criterionId: code,
  criterionCode: code,
  criterionTitle: {},
  domainCode: 'D1',
  action,
});

describe('roundDate', () => {
  it('is the finalisation date, or the last change of a round not finalised', () => {
    expect(roundDate({ finalisedAt: '2026-03-01T00:00:00.000Z', updatedAt: STAMP })).toBe(
      '2026-03-01T00:00:00.000Z',
    );
    expect(roundDate({ finalisedAt: null, updatedAt: STAMP })).toBe(STAMP);
  });
});

describe('comparePlanItems', () => {
  it('puts the earlier due date first and actions without a date last', () => {
    const early = item('D1.2', act('a', 'x', '2027-01-15'));
    const late = item('D1.1', act('b', 'x', '2027-03-15'));
    const none = item('D1.1', act('c', 'x', null));
    expect(comparePlanItems(early, late)).toBeLessThan(0);
    expect(comparePlanItems(late, early)).toBeGreaterThan(0);
    expect(comparePlanItems(none, late)).toBeGreaterThan(0);
    expect(comparePlanItems(late, none)).toBeLessThan(0);
  });

  it('orders the same due date by criterion code in natural order, then text, then id', () => {
    const d = '2027-01-15';
    expect(comparePlanItems(item('D1.10', act('a', 'A', d)), item('D1.2', act('b', 'Z', d)))).toBe(
      1,
    );
    expect(comparePlanItems(item('D1.2', act('b', 'Z', d)), item('D1.10', act('a', 'A', d)))).toBe(
      -1,
    );
    expect(
      comparePlanItems(
        item('D1.1', act('a', 'Zorgplan', null)),
        item('D1.1', act('b', 'Aa', null)),
      ),
    ).toBeGreaterThan(0);
    expect(
      comparePlanItems(item('D1.1', act('b', 'Same', d)), item('D1.1', act('a', 'Same', d))),
    ).toBeGreaterThan(0);
    expect(
      comparePlanItems(item('D1.1', act('a', 'Same', d)), item('D1.1', act('a', 'Same', d))),
    ).toBe(0);
  });
});

describe('planItems', () => {
  const fw = framework();
  const assessment = round({
    'signalen-herkennen': answer({
      actions: [act('a1', 'Later', '2027-06-01'), act('a2', 'Klaar', '2027-01-01', 'done')],
    }),
    // meldpunt-bekend is not answered at all.
    'jongere-betrokken': answer({
      level: 2,
      actions: [act('a3', 'Eerst', '2027-02-01', 'in-progress'), act('a4', 'Ooit', null)],
    }),
  });

  it('lists every action of the round, done ones included, by due date', () => {
    const items = planItems(fw, assessment);
    expect(items.map((i) => i.action.id)).toEqual(['a2', 'a3', 'a1', 'a4']);
    expect(items[1]).toEqual({
      assessmentId: 'r1',
      periodLabel: 'Voorjaar 2026',
      criterionId: 'jongere-betrokken',
      criterionCode: 'D2.1',
      criterionTitle: fw.domains[1]!.criteria[0]!.title,
      domainCode: 'D2',
      action: act('a3', 'Eerst', '2027-02-01', 'in-progress'),
    });
  });

  it('leaves out finished actions when only the open ones are asked for', () => {
    expect(planItems(fw, assessment, { openOnly: true }).map((i) => i.action.id)).toEqual([
      'a3',
      'a1',
      'a4',
    ]);
  });

  it('is the plan report: the open actions of the round, by due date', () => {
    const plan = buildPlanReport({ framework: fw, assessment, facility });
    expect(plan.facility).toBe(facility);
    expect(plan.assessment).toBe(assessment);
    expect(plan.framework).toBe(fw);
    expect(plan.items.map((i) => i.action.id)).toEqual(['a3', 'a1', 'a4']);
  });
});

describe('buildFacilityReport', () => {
  const fw = framework();
  const evidence = { id: 'e1', kind: 'document' as const, note: 'Procedure', reference: 'P-1' };
  const current = round(
    {
      'signalen-herkennen': answer({ level: 5, evidence: [evidence] }),
      'jongere-betrokken': answer({
        level: null,
        notApplicable: true,
        naReason: '  Geen jongeren in de werking  ',
      }),
      // meldpunt-bekend is not answered.
    },
    { id: 'r2', periodLabel: 'Najaar 2026', finalisedAt: '2026-10-01T00:00:00.000Z' },
  );
  const earlier = round(
    { 'signalen-herkennen': answer({ level: 1 }), 'meldpunt-bekend': answer({ level: 0 }) },
    {
      id: 'r1',
      periodLabel: 'Voorjaar 2026',
      finalisedAt: null,
      updatedAt: '2026-04-01T09:00:00.000Z',
    },
  );

  it('lists the evidence per criterion that has any, with its code and title', () => {
    const report = buildFacilityReport({
      framework: fw,
      assessment: current,
      facility,
      sections: ['evidence'],
    });
    expect(report.evidence).toEqual([
      {
        criterionId: 'signalen-herkennen',
        code: 'D1.1',
        title: fw.domains[0]!.criteria[0]!.title,
        evidence: [evidence],
      },
    ]);
  });

  it('lists only the not-applicable criteria, with their title and trimmed reason', () => {
    const report = buildFacilityReport({
      framework: fw,
      assessment: current,
      facility,
      sections: ['notApplicable'],
    });
    expect(report.notApplicable).toEqual([
      {
        criterionId: 'jongere-betrokken',
        code: 'D2.1',
        title: fw.domains[1]!.criteria[0]!.title,
        reason: 'Geen jongeren in de werking',
      },
    ]);
  });

  it('has no trend with a single round, nor without any history', () => {
    expect(
      buildFacilityReport({ framework: fw, assessment: current, facility, sections: ['trend'] })
        .trend,
    ).toBeNull();
    expect(
      buildFacilityReport({
        framework: fw,
        assessment: current,
        facility,
        sections: ['trend'],
        history: [{ assessment: current, framework: fw }],
      }).trend,
    ).toBeNull();
  });

  it('leaves a round whose framework version is missing out of the trend', () => {
    expect(
      buildFacilityReport({
        framework: fw,
        assessment: current,
        facility,
        sections: ['trend'],
        history: [
          { assessment: earlier, framework: undefined },
          { assessment: current, framework: fw },
        ],
      }).trend,
    ).toBeNull();
  });

  it('traces each round with its own score and date in the trend', () => {
    const report = buildFacilityReport({
      framework: fw,
      assessment: current,
      facility,
      sections: ['trend'],
      history: [
        { assessment: earlier, framework: fw },
        { assessment: current, framework: fw },
      ],
    });
    const groups = report.trend?.groups ?? [];
    expect(groups).toHaveLength(1);
    expect(groups[0]!.rounds).toEqual([
      { assessmentId: 'r1', label: 'Voorjaar 2026', date: '2026-04-01T09:00:00.000Z' },
      { assessmentId: 'r2', label: 'Najaar 2026', date: '2026-10-01T00:00:00.000Z' },
    ]);
    const scores = groups[0]!.overall.map((p) => p.score);
    expect(scores[0]).toBe(scoreAssessment(fw, earlier.answers).overall.score);
    expect(scores[1]).toBe(report.result.overall.score);
    expect(scores[0]).not.toBe(scores[1]);
  });
});

describe('criterionRows', () => {
  const fw = framework();
  const reportRound: ReportRound = {
    periodLabel: 'Voorjaar 2026',
    status: 'concept',
    answers: {
      'signalen-herkennen': answer({ level: null, notApplicable: true, naReason: ' Geen ' }),
      'meldpunt-bekend': answer({
        level: 1,
        // A reason left behind from when the criterion was N/A: not a reason any more.
        naReason: 'Oude reden',
        evidence: [{ id: 'e1', kind: 'document', note: 'n', reference: 'r' }],
        actions: [act('a1', 'Doen', null)],
      }),
      // As a comparison round holds it: no reason, evidence or actions at all.
      'jongere-betrokken': { level: null, notApplicable: true, target: null },
    },
  };

  it('gives one row per criterion in framework order, with the round and criterion', () => {
    const rows = criterionRows(fw, reportRound, 'De Vlinder');
    expect(rows.map((r) => r.criterionCode)).toEqual(['D1.1', 'D1.2', 'D2.1']);
    expect(rows[2]).toMatchObject({
      frameworkId: 'minimaal-kader',
      frameworkVersion: '1.0.0',
      scoringMethodVersion: SCORING_METHOD_VERSION,
      facility: 'De Vlinder',
      period: 'Voorjaar 2026',
      roundStatus: 'concept',
      domainCode: 'D2',
      domainTitle: fw.domains[1]!.title,
      criterionId: 'jongere-betrokken',
      criterionTitle: fw.domains[1]!.criteria[0]!.title,
    });
    expect(rows[1]!.result.level).toBe(1);
    expect(rows[0]!.result.status).toBe('not-applicable');
    expect(rows[2]!.result.status).toBe('not-applicable');
  });

  it('gives the trimmed reason only for a not-applicable criterion, else nothing', () => {
    const rows = criterionRows(fw, reportRound, 'De Vlinder');
    expect(rows.map((r) => r.naReason)).toEqual(['Geen', '', '']);
  });

  it('carries the evidence and actions of the answer, none when there are none', () => {
    const rows = criterionRows(fw, reportRound, 'De Vlinder');
    expect(rows[1]!.evidence).toEqual([{ id: 'e1', kind: 'document', note: 'n', reference: 'r' }]);
    expect(rows[1]!.actions).toEqual([act('a1', 'Doen', null)]);
    expect(rows[2]!.evidence).toEqual([]);
    expect(rows[2]!.actions).toEqual([]);
  });

  it('gives rows for an unanswered criterion too', () => {
    const rows = criterionRows(fw, { periodLabel: 'P', status: 'concept', answers: {} }, 'X');
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.result.status === 'unanswered')).toBe(true);
    expect(rows.map((r) => [r.naReason, r.evidence, r.actions])).toEqual([
      ['', [], []],
      ['', [], []],
      ['', [], []],
    ]);
  });

  it('gives rows only for the criteria the given result scored', () => {
    const oneDomain: Framework = { ...fw, domains: [fw.domains[0]!] };
    const result = scoreAssessment(oneDomain, reportRound.answers);
    const rows = criterionRows(fw, reportRound, 'De Vlinder', result);
    expect(rows.map((r) => r.criterionCode)).toEqual(['D1.1', 'D1.2']);
  });
});

describe('buildComparisonReport', () => {
  const fw = framework();
  const fac = (id: string, extra: Partial<CompareFacility> = {}): CompareFacility => ({
    id,
    name: `Naam ${id}`,
    code: `K-${id}`,
    type: 'vaph',
    region: 'antwerpen',
    imported: false,
    demo: false,
    ...extra,
  });
  const cround = (id: string, facilityId: string, level: number): CompareRound => ({
    id,
    facilityId,
    frameworkId: 'minimaal-kader',
    frameworkVersion: '1.0.0',
    periodLabel: '2026',
    status: 'afgerond',
    createdAt: STAMP,
    answers: { 'signalen-herkennen': { level, notApplicable: false, target: null } },
  });
  const rounds = [cround('r-b', 'f-b', 2), cround('r-a', 'f-a', 5)];
  const filter = defaultFilter('minimaal-kader', '1.0.0');

  it('names the facilities, in id order with their letters, when names are shown', () => {
    const report = buildComparisonReport({
      framework: fw,
      facilities: [fac('f-b', { code: '' }), fac('f-a')],
      rounds,
      filter,
      anonymise: false,
    });
    expect(report.facilities.map((f) => [f.id, f.alias, f.name, f.code, f.round.id])).toEqual([
      ['f-a', 'A', 'Naam f-a', 'K-f-a', 'r-a'],
      ['f-b', 'B', 'Naam f-b', null, 'r-b'],
    ]);
    expect(report.facilities[0]!.result.overall.score).toBe(
      scoreAssessment(fw, rounds[1]!.answers).overall.score,
    );
    expect(report.anonymise).toBe(false);
    expect(report.filter).toBe(filter);
    expect(report.hasDemo).toBe(false);
  });

  it('holds no name or code when anonymised', () => {
    const report = buildComparisonReport({
      framework: fw,
      facilities: [fac('f-b'), fac('f-a')],
      rounds,
      filter,
      anonymise: true,
    });
    expect(report.facilities.map((f) => [f.alias, f.name, f.code])).toEqual([
      ['A', null, null],
      ['B', null, null],
    ]);
    expect(JSON.stringify(report)).not.toContain('Naam');
    expect(JSON.stringify(report)).not.toContain('K-f-');
  });

  it('says it holds demo data as soon as one facility is a demo', () => {
    const report = buildComparisonReport({
      framework: fw,
      facilities: [fac('f-b', { demo: true }), fac('f-a')],
      rounds,
      filter,
      anonymise: false,
    });
    expect(report.hasDemo).toBe(true);
  });
});
