import { listCriteria } from '../../../src/domain/framework-model';
import { SCORING_METHOD_VERSION } from '../../../src/domain/scoring';
import type { Framework } from '../../../src/schemas/framework';
import type { Answer, Assessment } from '../../../src/schemas/records';

export const STAMP = '2026-11-20T10:00:00.000Z';

/** Texts a spreadsheet would run as formulas; each must come out of the CSV neutralised. */
export const PAYLOADS = [
  '=HYPERLINK("http://example.invalid","klik")\nvervolg',
  '+SUM(1,2)',
  '-2+3',
  '@SUM(A1)',
  '\t=1+1',
  '\r=1+1',
] as const;

/**
 * A full round on `framework`: every criterion answered (levels cycling over the scale), every
 * seventh not applicable with a reason, evidence and actions whose texts start like formulas.
 */
export function fullRound(
  framework: Framework,
  opts: { id?: string; facilityId?: string; period?: string; demo?: boolean } = {},
): Assessment {
  const answers: Record<string, Answer> = {};
  listCriteria(framework).forEach(({ criterion }, i) => {
    const scale = framework.scales.find(
      (s) => s.id === (criterion.scale ?? framework.defaultScale),
    )!;
    const values = scale.levels.map((l) => l.value);
    const na = i % 7 === 3;
    answers[criterion.id] = {
      level: na ? null : values[i % values.length]!,
      notApplicable: na,
      naReason: na ? `Geen residentiële werking (criterium ${criterion.code})` : '',
      target: null,
      evidence:
        i % 5 === 0
          ? [
              {
                id: `ev-${i}`,
                kind: 'document',
                note: PAYLOADS[i % PAYLOADS.length]!,
                reference: `Procedure ${criterion.code}`,
              },
            ]
          : [],
      actions:
        i % 4 === 0
          ? [
              {
                id: `act-${i}`,
                what: `${PAYLOADS[(i / 4) % PAYLOADS.length]!} Actie voor ${criterion.code}`,
                responsibleRole: 'Teamcoördinator',
                dueDate: `2027-0${(i % 9) + 1}-15`,
                status: i % 8 === 0 ? 'in-progress' : 'open',
              },
            ]
          : [],
      toDiscuss: false,
      updatedAt: STAMP,
    };
  });
  return {
    id: opts.id ?? 'round-1',
    facilityId: opts.facilityId ?? 'fac-1',
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    scoringMethodVersion: SCORING_METHOD_VERSION,
    periodLabel: opts.period ?? 'Voorjaar 2026',
    participants: [
      { role: 'Teamcoördinator', count: 1 },
      { role: 'Begeleider', count: 4 },
    ],
    status: 'afgerond',
    createdAt: STAMP,
    updatedAt: STAMP,
    finalisedAt: STAMP,
    reopenings: [],
    revision: 3,
    previousAssessmentId: null,
    answers,
    ...(opts.demo ? { demo: true as const } : {}),
  };
}
