/**
 * A generated corpus of hostile backup files: one valid base backup and, for every rule a
 * restore enforces, files that break it (the semantic rules of validateRound and everything
 * the shape checks already refused). Shared by tests/io/hostile-backups.test.ts (every file is
 * refused with the expected code) and tests/e2e/restore-hostile.spec.ts (every file is refused
 * on screen with a visible message, and the database is unchanged).
 *
 * Only Node built-ins: Playwright and Vitest both load it.
 */
import { readFileSync } from 'node:fs';

const MINIMAL_TEXT = readFileSync(
  new URL('./fixtures/minimal-valid.json', import.meta.url),
  'utf8',
);

export interface HostileBackup {
  name: string;
  text: string;
  /** The issue code the file must be refused with; 'framework-conflict': refused at preview. */
  code: string;
}

type Json = Record<string, unknown>;
type Mutate = (backup: Json) => void;

const answer = (extra: Json = {}): Json => ({
  level: 3,
  notApplicable: false,
  naReason: '',
  target: null,
  evidence: [],
  actions: [],
  toDiscuss: false,
  updatedAt: '2026-01-06T10:00:00.000Z',
  ...extra,
});

/** A valid backup: two facilities, three rounds (one finalised, one following it). */
export function baseBackup(): Json {
  return {
    format: 'kwaliteitskader-backup',
    formatVersion: 1,
    createdAt: '2026-03-01T10:00:00.000Z',
    appVersion: '0.1.0',
    facilities: [
      {
        id: 'f-1',
        name: 'Gemeenschapsinstelling De Berk',
        type: 'gemeenschapsinstelling',
        region: 'antwerpen',
        alias: 'GI-B',
        archived: false,
        createdAt: '2025-01-10T09:00:00.000Z',
        updatedAt: '2025-01-10T09:00:00.000Z',
      },
      {
        id: 'f-2',
        name: 'Zorgcentrum De Eik',
        type: 'zorgcentrum-seksueel-geweld',
        region: 'limburg',
        alias: '',
        archived: false,
        createdAt: '2025-02-10T09:00:00.000Z',
        updatedAt: '2025-02-10T09:00:00.000Z',
      },
    ],
    assessments: [
      {
        id: 'r-1',
        facilityId: 'f-1',
        frameworkId: 'minimaal-kader',
        frameworkVersion: '1.0.0',
        scoringMethodVersion: '1.0.0',
        periodLabel: '2025 voorjaar',
        participants: [{ role: 'begeleider', count: 3 }],
        status: 'afgerond',
        createdAt: '2025-03-01T09:00:00.000Z',
        updatedAt: '2025-03-10T09:00:00.000Z',
        finalisedAt: '2025-03-10T09:00:00.000Z',
        reopenings: [],
        revision: 12,
        previousAssessmentId: null,
        answers: {
          'signalen-herkennen': answer({ target: 4, updatedAt: '2025-03-05T09:00:00.000Z' }),
          'meldpunt-bekend': answer({ level: 1, updatedAt: '2025-03-05T09:00:00.000Z' }),
          'jongere-betrokken': answer({
            level: null,
            notApplicable: true,
            naReason: 'Geen jongeren in deze afdeling',
            updatedAt: '2025-03-05T09:00:00.000Z',
          }),
        },
      },
      {
        id: 'r-2',
        facilityId: 'f-1',
        frameworkId: 'minimaal-kader',
        frameworkVersion: '1.0.0',
        scoringMethodVersion: '1.0.0',
        periodLabel: '2026 voorjaar',
        participants: [],
        status: 'concept',
        createdAt: '2026-01-05T09:00:00.000Z',
        updatedAt: '2026-01-06T10:00:00.000Z',
        finalisedAt: null,
        reopenings: [],
        revision: 4,
        previousAssessmentId: 'r-1',
        answers: {
          'signalen-herkennen': answer({
            level: 4,
            evidence: [{ id: 'e-1', kind: 'document', note: 'Procedure', reference: 'v3' }],
            actions: [
              {
                id: 'a-1',
                what: 'Consult plannen',
                responsibleRole: 'teamverantwoordelijke',
                dueDate: '2026-12-31',
                status: 'open',
              },
            ],
          }),
        },
      },
      {
        id: 'r-3',
        facilityId: 'f-2',
        frameworkId: 'minimaal-kader',
        frameworkVersion: '1.0.0',
        scoringMethodVersion: '1.0.0',
        periodLabel: '2026 najaar',
        participants: [],
        status: 'concept',
        createdAt: '2026-02-01T09:00:00.000Z',
        updatedAt: '2026-02-01T09:00:00.000Z',
        finalisedAt: null,
        reopenings: [],
        revision: 1,
        previousAssessmentId: null,
        answers: {},
      },
    ],
    frameworks: [{ id: 'minimaal-kader', version: '1.0.0', text: MINIMAL_TEXT }],
  };
}

const round = (b: Json, index: number) => (b.assessments as Json[])[index]!;
const answers = (b: Json, index: number) => round(b, index).answers as Record<string, Json>;
const facility = (b: Json, index: number) => (b.facilities as Json[])[index]!;
const setAnswer =
  (index: number, id: string, extra: Json): Mutate =>
  (b) => {
    answers(b, index)[id] = { ...(answers(b, index)[id] ?? answer()), ...extra };
  };
const setRound =
  (index: number, extra: Json): Mutate =>
  (b) => {
    Object.assign(round(b, index), extra);
  };

/** Files that break a semantic rule (src/domain/validate-round.ts). */
const SEMANTIC: [string, string, Mutate][] = [
  ['level -3', 'level-off-scale', setAnswer(1, 'signalen-herkennen', { level: -3 })],
  ['level 0', 'level-off-scale', setAnswer(1, 'signalen-herkennen', { level: 0 })],
  ['level 99', 'level-off-scale', setAnswer(1, 'signalen-herkennen', { level: 99 })],
  ['level 42 on a yes/no scale', 'level-off-scale', setAnswer(1, 'meldpunt-bekend', { level: 42 })],
  ['level 2 on a yes/no scale', 'level-off-scale', setAnswer(1, 'meldpunt-bekend', { level: 2 })],
  [
    'level 4 on a 3-point scale',
    'level-off-scale',
    setAnswer(1, 'jongere-betrokken', { level: 4 }),
  ],
  ['target 99', 'target-off-scale', setAnswer(1, 'signalen-herkennen', { target: 99 })],
  ['target -1', 'target-off-scale', setAnswer(1, 'signalen-herkennen', { target: -1 })],
  ['target 0', 'target-off-scale', setAnswer(1, 'signalen-herkennen', { target: 0 })],
  [
    'target 3 on a yes/no scale',
    'target-off-scale',
    setAnswer(1, 'meldpunt-bekend', { target: 3 }),
  ],
  ['unknown criterion id', 'unknown-criterion', setAnswer(1, 'bestaat-niet', {})],
  [
    'criterion of another framework',
    'unknown-criterion',
    setAnswer(2, 'tweedelijnsconsult-centrum-mensenhandel', {}),
  ],
  [
    'N/A with a level',
    'na-with-level',
    setAnswer(1, 'signalen-herkennen', { notApplicable: true, naReason: 'x' }),
  ],
  [
    'N/A without reason, with a level',
    'na-with-level',
    setAnswer(0, 'signalen-herkennen', { notApplicable: true, naReason: '' }),
  ],
  [
    'N/A without reason in a finalised round',
    'na-reason-missing',
    setAnswer(0, 'signalen-herkennen', { level: null, notApplicable: true, naReason: '   ' }),
  ],
  [
    'N/A on a scale that does not allow it',
    'na-not-allowed',
    setAnswer(1, 'meldpunt-bekend', { level: null, notApplicable: true, naReason: 'x' }),
  ],
  [
    'previous round pointing nowhere',
    'previous-missing',
    setRound(1, { previousAssessmentId: 'r-weg' }),
  ],
  [
    'previous round is the round itself',
    'previous-self',
    setRound(1, { previousAssessmentId: 'r-2' }),
  ],
  [
    'previous round of another facility',
    'previous-other-facility',
    setRound(2, { previousAssessmentId: 'r-1' }),
  ],
  [
    'previous round later than the round',
    'previous-not-earlier',
    setRound(0, { previousAssessmentId: 'r-2' }),
  ],
  ['finalised without finish date', 'finalised-without-date', setRound(0, { finalisedAt: null })],
  [
    'concept with finish date',
    'concept-with-finalised-date',
    setRound(1, { finalisedAt: '2026-01-06T10:00:00.000Z' }),
  ],
  [
    'changed before created',
    'updated-before-created',
    setRound(2, { updatedAt: '2026-01-01T00:00:00.000Z' }),
  ],
  [
    'finished before created',
    'finalised-out-of-order',
    setRound(0, { finalisedAt: '2025-02-01T00:00:00.000Z' }),
  ],
  [
    'reopened after the last change',
    'reopened-out-of-order',
    setRound(1, { reopenings: [{ at: '2026-01-07T00:00:00.000Z', reason: 'x' }] }),
  ],
  [
    'created in the year 9999',
    'timestamp-in-future',
    setRound(2, { createdAt: '9999-12-31T23:59:59.999Z', updatedAt: '9999-12-31T23:59:59.999Z' }),
  ],
  [
    'changed in the year 9999',
    'timestamp-in-future',
    setRound(1, { updatedAt: '9999-12-31T23:59:59.999Z' }),
  ],
  [
    'answer stamped in the year 9999',
    'timestamp-in-future',
    setAnswer(1, 'signalen-herkennen', { updatedAt: '9999-12-31T23:59:59.999Z' }),
  ],
  [
    'finished in the year 3000',
    'timestamp-in-future',
    setRound(0, { finalisedAt: '3000-01-01T00:00:00.000Z', updatedAt: '3000-01-01T00:00:00.000Z' }),
  ],
  [
    'reopened next year',
    'timestamp-in-future',
    setRound(1, { reopenings: [{ at: '2099-01-01T00:00:00.000Z', reason: 'x' }] }),
  ],
  [
    'created in 1970',
    'timestamp-too-early',
    setRound(2, { createdAt: '1970-01-01T00:00:00.000Z' }),
  ],
  [
    'action due in 9999',
    'date-out-of-range',
    (b) => {
      const a = answers(b, 1)['signalen-herkennen']!;
      (a.actions as Json[])[0]!.dueDate = '9999-12-31';
    },
  ],
  ['revision beyond a billion', 'revision-too-large', setRound(1, { revision: 1e15 })],
  [
    'revision at the largest safe integer',
    'revision-too-large',
    setRound(1, { revision: Number.MAX_SAFE_INTEGER }),
  ],
];

/** Files the shape checks refuse (they were refused before; they must stay refused). */
const SHAPE: [string, string, Mutate][] = [
  ['unknown top-level key', 'unknown-key', (b) => void (b.extra = 1)],
  ['unknown key in a facility', 'unknown-key', (b) => void (facility(b, 0).contactPerson = 'x')],
  [
    'unknown key of 10,000 characters',
    'unknown-key',
    (b) => void (facility(b, 0)['k'.repeat(10_000)] = 1),
  ],
  ['facility without name', 'missing-field', (b) => void delete facility(b, 0).name],
  [
    'facility name of 121 characters',
    'too-big',
    (b) => void (facility(b, 0).name = 'N'.repeat(121)),
  ],
  ['facility name blank', 'too-small', (b) => void (facility(b, 0).name = '   ')],
  ['facility type not an id', 'invalid-format', (b) => void (facility(b, 0).type = 'Gevangenis!')],
  ['facility region unknown', 'invalid-value', (b) => void (facility(b, 0).region = 'mars')],
  ['alias of 21 characters', 'too-big', (b) => void (facility(b, 0).alias = 'A'.repeat(21))],
  ['archived as a string', 'invalid-type', (b) => void (facility(b, 0).archived = 'nee')],
  [
    'facility createdAt not a date',
    'invalid-format',
    (b) => void (facility(b, 0).createdAt = 'gisteren'),
  ],
  ['facilities not a list', 'invalid-type', (b) => void (b.facilities = {})],
  ['round without id', 'missing-field', (b) => void delete round(b, 2).id],
  ['round id of 101 characters', 'too-big', setRound(2, { id: 'i'.repeat(101) })],
  ['period label empty', 'too-small', setRound(2, { periodLabel: '' })],
  ['participant count 0', 'too-small', setRound(1, { participants: [{ role: 'x', count: 0 }] })],
  [
    'participant count 1000',
    'too-big',
    setRound(1, { participants: [{ role: 'x', count: 1000 }] }),
  ],
  ['participant role empty', 'too-small', setRound(1, { participants: [{ role: ' ', count: 1 }] })],
  ['status unknown', 'invalid-value', setRound(1, { status: 'gearchiveerd' })],
  ['revision negative', 'too-small', setRound(1, { revision: -1 })],
  ['revision a fraction', 'invalid-type', setRound(1, { revision: 1.5 })],
  ['answers a list', 'invalid-type', setRound(1, { answers: [] })],
  ['level as text', 'invalid-type', setAnswer(1, 'signalen-herkennen', { level: 'drie' })],
  [
    'N/A reason of 5,001 characters',
    'too-big',
    setAnswer(1, 'signalen-herkennen', { naReason: 'r'.repeat(5001) }),
  ],
  [
    'evidence kind unknown',
    'invalid-value',
    setAnswer(1, 'signalen-herkennen', {
      evidence: [{ id: 'e', kind: 'gerucht', note: '', reference: '' }],
    }),
  ],
  [
    '201 evidence items',
    'too-big',
    setAnswer(1, 'signalen-herkennen', {
      evidence: Array.from({ length: 201 }, (_, i) => ({
        id: `e${i}`,
        kind: 'data',
        note: '',
        reference: '',
      })),
    }),
  ],
  [
    'action status unknown',
    'invalid-value',
    (b) => {
      (answers(b, 1)['signalen-herkennen']!.actions as Json[])[0]!.status = 'vergeten';
    },
  ],
  [
    'action due date as a time',
    'invalid-format',
    (b) => {
      (answers(b, 1)['signalen-herkennen']!.actions as Json[])[0]!.dueDate = '2026-12-31T00:00:00Z';
    },
  ],
  ['timestamp without offset', 'invalid-format', setRound(1, { updatedAt: '2026-01-06 10:00' })],
  [
    'duplicate facility id',
    'duplicate-id',
    (b) => void (b.facilities as Json[]).push({ ...facility(b, 0) }),
  ],
  [
    'duplicate round id',
    'duplicate-id',
    (b) => void (b.assessments as Json[]).push({ ...round(b, 2) }),
  ],
  [
    'duplicate framework',
    'duplicate-framework',
    (b) => void (b.frameworks as Json[]).push({ ...(b.frameworks as Json[])[0]! }),
  ],
  [
    'embedded framework is not a framework',
    'invalid-framework',
    (b) => void ((b.frameworks as Json[])[0]!.text = '{"formatVersion":1}'),
  ],
  [
    'embedded framework under another name',
    'framework-mismatch',
    (b) => void ((b.frameworks as Json[])[0]!.version = '9.9.9'),
  ],
  [
    'round of a facility that exists nowhere',
    'missing-facility',
    setRound(2, { facilityId: 'f-weg' }),
  ],
  [
    'round of a framework that exists nowhere',
    'missing-framework',
    setRound(2, { frameworkId: 'weg-kader' }),
  ],
  [
    '__proto__ key in a facility',
    'forbidden-key',
    (b) =>
      void Object.defineProperty(facility(b, 0), '__proto__', {
        value: { admin: true },
        enumerable: true,
      }),
  ],
  ['constructor as a criterion id', 'forbidden-key', setAnswer(1, 'constructor', {})],
  ['prototype key at the top', 'forbidden-key', (b) => void (b.prototype = {})],
  ['format of another app', 'not-a-backup', (b) => void (b.format = 'ander-programma')],
  ['newer format version', 'format-version-newer', (b) => void (b.formatVersion = 2)],
  ['format version 0', 'invalid-value', (b) => void (b.formatVersion = 0)],
  ['format version as text', 'invalid-value', (b) => void (b.formatVersion = '1')],
];

/** Whole files that are no backup at all. */
const RAW: [string, string, (base: string) => string][] = [
  ['empty file', 'empty', () => ''],
  ['only whitespace', 'empty', () => ' \n\t '],
  ['cut off halfway', 'not-json', (base) => base.slice(0, Math.floor(base.length / 2))],
  ['trailing comma', 'not-json', (base) => base.replace(/\n}\s*$/, ',\n}')],
  ['single quotes', 'not-json', () => "{'format': 'kwaliteitskader-backup'}"],
  ['NaN as a number', 'not-json', (base) => base.replace('"revision": 12', '"revision": NaN')],
  ['nested 100 levels deep', 'too-deep', () => '['.repeat(100) + ']'.repeat(100)],
  ['a framework file', 'not-a-backup', () => MINIMAL_TEXT],
  ['a list', 'not-a-backup', () => '[]'],
  ['a number', 'not-a-backup', () => '42'],
  ['null', 'not-a-backup', () => 'null'],
  ['an object without format', 'not-a-backup', () => '{"facilities": []}'],
  ['a string', 'not-a-backup', () => '"kwaliteitskader-backup"'],
];

/**
 * Every hostile file. `conflictWith`: the id and version of a framework that ships with the app;
 * a backup that embeds different content under that name is refused at the preview.
 */
export function hostileBackups(conflictWith: { id: string; version: string }): HostileBackup[] {
  const baseText = JSON.stringify(baseBackup(), null, 2);
  const make = ([name, code, mutate]: [string, string, Mutate]): HostileBackup => {
    const backup = baseBackup();
    mutate(backup);
    return { name, code, text: JSON.stringify(backup, null, 2) };
  };
  const conflicting = baseBackup();
  const other = JSON.parse(MINIMAL_TEXT) as Json;
  other.id = conflictWith.id;
  other.version = conflictWith.version;
  other.changelog = [
    {
      version: conflictWith.version,
      date: '2026-11-28',
      changes: { 'nl-BE': 'Vervalst.', en: 'Forged.' },
    },
  ];
  (conflicting.frameworks as Json[]).push({
    id: conflictWith.id,
    version: conflictWith.version,
    text: JSON.stringify(other),
  });
  return [
    ...SEMANTIC.map(make),
    ...SHAPE.map(make),
    ...RAW.map(([name, code, build]) => ({ name, code, text: build(baseText) })),
    {
      name: 'framework that differs from the one in the app',
      code: 'framework-conflict',
      text: JSON.stringify(conflicting, null, 2),
    },
  ];
}

/** The valid base, as a file. */
export function baseBackupText(): string {
  return JSON.stringify(baseBackup(), null, 2);
}
