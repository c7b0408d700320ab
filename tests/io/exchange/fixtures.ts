import { frameworkContentHash } from '../../../src/domain/framework-model';
import { loadFrameworkText } from '../../../src/io/framework-loader';
import type { ExchangePayload, ExchangeRound } from '../../../src/schemas/exchange';
import type { Answer } from '../../../src/schemas/records';
import { CRITERIA, LOCAL_FRAMEWORK, LOCAL_FRAMEWORK_TEXT } from '../../db/framework-fixtures';

const loaded = loadFrameworkText(LOCAL_FRAMEWORK_TEXT);
if (!loaded.ok) throw new Error('fixture framework does not load');
export const FIXTURE_FRAMEWORK = loaded.value;
export const FIXTURE_FRAMEWORK_HASH = frameworkContentHash(loaded.value);

export const T0 = '2026-03-01T10:00:00.000Z';

export function answer(level: number | null, extra: Partial<Answer> = {}): Answer {
  return {
    level,
    notApplicable: false,
    naReason: '',
    target: null,
    evidence: [{ id: 'e1', kind: 'document', note: 'Procedure opname', reference: 'P-12' }],
    actions: [
      {
        id: 'a1',
        what: 'Vorming signalen',
        responsibleRole: 'teamcoach',
        dueDate: '2026-06-30',
        status: 'open',
      },
    ],
    toDiscuss: false,
    updatedAt: T0,
    ...extra,
  };
}

export function round(id: string, extra: Partial<ExchangeRound> = {}): ExchangeRound {
  return {
    id,
    frameworkId: LOCAL_FRAMEWORK.id,
    frameworkVersion: LOCAL_FRAMEWORK.version,
    frameworkContentHash: FIXTURE_FRAMEWORK_HASH,
    scoringMethodVersion: '1.0.0',
    periodLabel: `Periode ${id}`,
    participants: [{ role: 'teamcoach', count: 2 }],
    status: 'afgerond',
    createdAt: T0,
    updatedAt: T0,
    finalisedAt: T0,
    reopenings: [],
    revision: 4,
    previousAssessmentId: null,
    answers: Object.fromEntries(CRITERIA.map((c, i) => [c, answer([3, 1, 2][i]!)])),
    ancestry: [],
    ...extra,
  };
}

export function payload(extra: Partial<ExchangePayload> = {}): ExchangePayload {
  return {
    facility: {
      id: 'fac-a',
      type: 'gemeenschapsinstelling',
      region: 'antwerpen',
      code: 'GI-A',
      name: 'De Kempen',
    },
    rounds: [round('r1'), round('r2')],
    frameworks: [{ ...LOCAL_FRAMEWORK, text: LOCAL_FRAMEWORK_TEXT }],
    ...extra,
  };
}

export const WRITE_OPTIONS = { appVersion: '0.1.0', exportedAt: T0 } as const;
