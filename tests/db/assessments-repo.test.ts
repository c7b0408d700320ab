// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import {
  deleteAssessment,
  getAssessment,
  listAssessments,
  reopenAssessment,
  saveAnswer,
  updateAssessmentDetails,
} from '../../src/db/assessments-repo';
import {
  createAssessment,
  type NewAssessmentInput,
  finaliseAssessment,
} from '../../src/flows/assessments';
import { getLastChangeAt } from '../../src/db/meta-repo';
import { SCORING_METHOD_VERSION } from '../../src/domain/scoring';
import {
  BUNDLED_FRAMEWORK,
  LOCAL_FRAMEWORK,
  answer,
  expectError,
  resetDatabase,
  seedFacility,
  seedLocalFramework,
  unwrap,
} from './fixtures';

vi.mock('../../src/io/bundled-frameworks', async (importOriginal) =>
  (await import('./framework-fixtures')).mockBundledFrameworks(importOriginal),
);

let facilityId: string;

async function newAssessment(extra: Partial<NewAssessmentInput> = {}) {
  return unwrap(
    await createAssessment({
      facilityId,
      frameworkId: BUNDLED_FRAMEWORK.id,
      frameworkVersion: BUNDLED_FRAMEWORK.version,
      periodLabel: '2026 voorjaar',
      participants: [{ role: 'teamcoach', count: 1 }],
      ...extra,
    }),
  );
}

beforeEach(async () => {
  await resetDatabase();
  facilityId = (await seedFacility()).id;
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createAssessment', () => {
  it('creates a concept at revision 1 with no answers, pinned to the framework version', async () => {
    const created = await newAssessment();
    expect(created).toMatchObject({
      facilityId,
      frameworkId: BUNDLED_FRAMEWORK.id,
      frameworkVersion: BUNDLED_FRAMEWORK.version,
      scoringMethodVersion: SCORING_METHOD_VERSION,
      status: 'concept',
      revision: 1,
      answers: {},
      reopenings: [],
      finalisedAt: null,
      previousAssessmentId: null,
    });
    expect(await getAssessment(created.id)).toEqual(created);
  });

  it('accepts a locally loaded framework version', async () => {
    await seedLocalFramework();
    const created = await newAssessment({
      frameworkId: LOCAL_FRAMEWORK.id,
      frameworkVersion: '1.0.0',
    });
    expect(created.frameworkId).toBe(LOCAL_FRAMEWORK.id);
  });

  it('refuses an unknown facility, framework version or previous assessment', async () => {
    expectError(
      await createAssessment({
        facilityId: 'nope',
        frameworkId: BUNDLED_FRAMEWORK.id,
        frameworkVersion: '1.0.0',
        periodLabel: 'x',
        participants: [],
      }),
      'not-found',
    );
    expectError(
      await createAssessment({
        facilityId,
        frameworkId: BUNDLED_FRAMEWORK.id,
        frameworkVersion: '9.9.9',
        periodLabel: 'x',
        participants: [],
      }),
      'not-found',
    );
    expectError(
      await createAssessment({
        facilityId,
        frameworkId: BUNDLED_FRAMEWORK.id,
        frameworkVersion: '1.0.0',
        periodLabel: 'x',
        participants: [],
        previousAssessmentId: 'nope',
      }),
      'not-found',
    );
    expect(await db.assessments.count()).toBe(0);
  });

  it('refuses a previous assessment of another facility and invalid details', async () => {
    const other = await seedFacility('Andere');
    const previous = await newAssessment({ facilityId: other.id });
    expectError(
      await createAssessment({
        facilityId,
        frameworkId: BUNDLED_FRAMEWORK.id,
        frameworkVersion: '1.0.0',
        periodLabel: 'x',
        participants: [],
        previousAssessmentId: previous.id,
      }),
      'invalid',
    );
    expectError(
      await createAssessment({
        facilityId,
        frameworkId: BUNDLED_FRAMEWORK.id,
        frameworkVersion: '1.0.0',
        periodLabel: '  ',
        participants: [],
      }),
      'invalid',
    );
    expectError(
      await createAssessment({
        facilityId,
        frameworkId: BUNDLED_FRAMEWORK.id,
        frameworkVersion: '1.0.0',
        periodLabel: 'x',
        participants: [{ role: 'coach', count: 0 }],
      }),
      'invalid',
    );
  });

  it('lists newest first, optionally per facility', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T10:00:00Z'));
    const a = await newAssessment({ periodLabel: 'oud' });
    vi.setSystemTime(new Date('2026-06-01T10:00:00Z'));
    const b = await newAssessment({ periodLabel: 'nieuw', previousAssessmentId: a.id });
    const other = await seedFacility('Andere');
    vi.setSystemTime(new Date('2026-07-01T10:00:00Z'));
    const c = await newAssessment({ facilityId: other.id });
    expect((await listAssessments()).map((x) => x.id)).toEqual([c.id, b.id, a.id]);
    expect((await listAssessments(facilityId)).map((x) => x.id)).toEqual([b.id, a.id]);
    expect(await listAssessments('nope')).toEqual([]);
  });
});

describe('saveAnswer', () => {
  it('stores the answer by criterion id, raises the revision and stamps the times', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T09:00:00Z'));
    const created = await newAssessment();
    vi.setSystemTime(new Date('2026-03-01T09:05:00Z'));
    const saved = unwrap(await saveAnswer(created.id, 'signalen-herkennen', answer(3), null));
    expect(saved.revision).toBe(2);
    expect(saved.updatedAt).toBe('2026-03-01T09:05:00.000Z');
    expect(saved.answers['signalen-herkennen']).toEqual(
      answer(3, { updatedAt: '2026-03-01T09:05:00.000Z' }),
    );
    expect(await getAssessment(created.id)).toEqual(saved);
    expect(await getLastChangeAt()).toBe('2026-03-01T09:05:00.000Z');
  });

  it('gives every new version of an answer a strictly later stamp, even within one millisecond', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T09:00:00Z'));
    const created = await newAssessment();
    const first = unwrap(await saveAnswer(created.id, 'signalen-herkennen', answer(1), null));
    const base = first.answers['signalen-herkennen']!.updatedAt;
    const second = unwrap(await saveAnswer(created.id, 'signalen-herkennen', answer(2), base));
    expect(second.answers['signalen-herkennen']!.updatedAt > base).toBe(true);
    // A third tab that started from the first version is now stale.
    expectError(await saveAnswer(created.id, 'signalen-herkennen', answer(5), base), 'conflict');
  });

  it('two tabs editing different criteria from stale copies: both edits survive', async () => {
    const created = await newAssessment();
    // Both tabs loaded the assessment at revision 1 (no answers yet).
    const tabA = saveAnswer(created.id, 'signalen-herkennen', answer(2), null);
    const tabB = saveAnswer(created.id, 'jongere-betrokken', answer(4), null);
    const [a, b] = await Promise.all([tabA, tabB]);
    expect(a.ok && b.ok).toBe(true);
    const stored = (await getAssessment(created.id))!;
    expect(stored.answers['signalen-herkennen']?.level).toBe(2);
    expect(stored.answers['jongere-betrokken']?.level).toBe(4);
    expect(stored.revision).toBe(3);
  });

  it('the same criterion from a stale base is refused as a conflict; the newer answer remains', async () => {
    const created = await newAssessment();
    const first = unwrap(await saveAnswer(created.id, 'meldpunt-bekend', answer(2), null));
    const base = first.answers['meldpunt-bekend']!.updatedAt;
    // Tab A saves on top of the base...
    const newer = unwrap(
      await saveAnswer(created.id, 'meldpunt-bekend', answer(4, { toDiscuss: true }), base),
    );
    // ...tab B still edits from that same base.
    const stale = await saveAnswer(created.id, 'meldpunt-bekend', answer(1), base);
    expectError(stale, 'conflict');
    const stored = (await getAssessment(created.id))!;
    expect(stored).toEqual(newer);
    expect(stored.answers['meldpunt-bekend']?.level).toBe(4);
  });

  it('a stale "new answer" (base null) does not overwrite an answer another tab created', async () => {
    const created = await newAssessment();
    await saveAnswer(created.id, 'meldpunt-bekend', answer(2), null);
    expectError(await saveAnswer(created.id, 'meldpunt-bekend', answer(3), null), 'conflict');
  });

  it('refuses finalised assessments, unknown ids, invalid answers and hostile criterion ids', async () => {
    const created = await newAssessment();
    expectError(await saveAnswer('nope', 'x', answer(1), null), 'not-found');
    expectError(await saveAnswer(created.id, 'x', { ...answer(1), level: 1.5 }, null), 'invalid');
    expectError(
      await saveAnswer(created.id, 'x', { ...answer(1), extra: 1 } as never, null),
      'invalid',
    );
    expectError(await saveAnswer(created.id, '__proto__', answer(1), null), 'invalid');
    expectError(await saveAnswer(created.id, '', answer(1), null), 'invalid');
    unwrap(await finaliseAssessment(created.id));
    expectError(await saveAnswer(created.id, 'x', answer(1), null), 'locked');
    expect((await getAssessment(created.id))!.answers).toEqual({});
  });

  it('quota exceeded: returns kind quota and leaves the stored record unchanged', async () => {
    const created = await newAssessment();
    const before = unwrap(await saveAnswer(created.id, 'signalen-herkennen', answer(2), null));
    const metaBefore = await db.meta.toArray();
    const put = vi
      .spyOn(db.assessments, 'put')
      .mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const result = await saveAnswer(created.id, 'jongere-betrokken', answer(5), null);
    expect(put).toHaveBeenCalled();
    expect(result).toEqual({
      ok: false,
      error: { kind: 'quota', detail: expect.stringContaining('QuotaExceededError') },
    });
    put.mockRestore();
    const stored = (await getAssessment(created.id))!;
    expect(stored).toEqual(before);
    expect(stored.revision).toBe(2);
    expect(await db.meta.toArray()).toEqual(metaBefore);
  });

  it('quota raised by the transaction (nested in an AbortError) is also reported as quota', async () => {
    const created = await newAssessment();
    const Dexie = (await import('dexie')).default;
    const spy = vi.spyOn(db.meta, 'put').mockImplementation(() => {
      throw new Dexie.AbortError(
        'Transaction aborted',
        new DOMException('full', 'QuotaExceededError'),
      );
    });
    const result = await saveAnswer(created.id, 'jongere-betrokken', answer(5), null);
    spy.mockRestore();
    expectError(result, 'quota');
    expect((await getAssessment(created.id))!).toEqual(created);
  });
});

describe('details, finalise, reopen, delete', () => {
  it('updates period and participants, but not once finalised', async () => {
    const created = await newAssessment();
    const updated = unwrap(
      await updateAssessmentDetails(created.id, {
        periodLabel: '2026 najaar',
        participants: [{ role: 'begeleider', count: 3 }],
      }),
    );
    expect(updated).toMatchObject({
      periodLabel: '2026 najaar',
      participants: [{ role: 'begeleider', count: 3 }],
      revision: 2,
    });
    unwrap(await finaliseAssessment(created.id));
    expectError(
      await updateAssessmentDetails(created.id, { periodLabel: 'x', participants: [] }),
      'locked',
    );
  });

  it('refuses details based on older details, but not because an answer was saved', async () => {
    const created = await newAssessment();
    const base = { periodLabel: created.periodLabel, participants: created.participants };
    unwrap(await saveAnswer(created.id, 'meldpunt-bekend', answer(3), null));
    const mine = { periodLabel: '2026 najaar', participants: [] };
    unwrap(await updateAssessmentDetails(created.id, mine, base));
    expectError(
      await updateAssessmentDetails(created.id, { periodLabel: 'oud', participants: [] }, base),
      'conflict',
    );
    expect((await getAssessment(created.id))?.periodLabel).toBe('2026 najaar');
  });

  it('finalises, reopens with a reason and keeps the history', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-04-01T12:00:00Z'));
    const created = await newAssessment();
    vi.setSystemTime(new Date('2026-04-02T12:00:00Z'));
    const final = unwrap(await finaliseAssessment(created.id));
    expect(final).toMatchObject({
      status: 'afgerond',
      finalisedAt: '2026-04-02T12:00:00.000Z',
      revision: 2,
    });
    // Finalising again changes nothing.
    expect(unwrap(await finaliseAssessment(created.id))).toEqual(final);

    expectError(await reopenAssessment(created.id, '   '), 'invalid');
    vi.setSystemTime(new Date('2026-04-03T12:00:00Z'));
    const reopened = unwrap(await reopenAssessment(created.id, ' Tikfout in D1.2 '));
    expect(reopened).toMatchObject({
      status: 'concept',
      finalisedAt: null,
      revision: 3,
      reopenings: [{ at: '2026-04-03T12:00:00.000Z', reason: 'Tikfout in D1.2' }],
    });
    unwrap(await saveAnswer(created.id, 'meldpunt-bekend', answer(3), null));
  });

  it('refuses to finalise while an N/A answer lacks its required reason', async () => {
    const created = await newAssessment();
    unwrap(
      await saveAnswer(
        created.id,
        'signalen-herkennen',
        answer(null, { notApplicable: true, naReason: ' ' }),
        null,
      ),
    );
    const refused = await finaliseAssessment(created.id);
    expectError(refused, 'invalid');
    if (!refused.ok) expect(refused.error.detail).toMatch(/^na-reason-missing/);
    expect((await getAssessment(created.id))?.status).toBe('concept');
    const current = (await getAssessment(created.id))!;
    unwrap(
      await saveAnswer(
        created.id,
        'signalen-herkennen',
        answer(null, { notApplicable: true, naReason: 'Geen jongeren in deze leefgroep' }),
        current.answers['signalen-herkennen']!.updatedAt,
      ),
    );
    expect(unwrap(await finaliseAssessment(created.id)).status).toBe('afgerond');
  });

  it('keeps saving a round whose stamps lie in the year 9999 (no overflow)', async () => {
    const created = await newAssessment();
    const far = '9999-12-31T23:59:59.999Z';
    await db.assessments.put({
      ...created,
      updatedAt: far,
      answers: { 'meldpunt-bekend': answer(2, { updatedAt: far }) },
    });
    const saved = unwrap(await saveAnswer(created.id, 'meldpunt-bekend', answer(3), far));
    expect(saved.answers['meldpunt-bekend']!.level).toBe(3);
    expect(saved.updatedAt < far).toBe(true);
    const again = unwrap(
      await saveAnswer(
        created.id,
        'meldpunt-bekend',
        answer(4),
        saved.answers['meldpunt-bekend']!.updatedAt,
      ),
    );
    expect(again.answers['meldpunt-bekend']!.level).toBe(4);
  });

  it('deletes concept assessments only', async () => {
    const a = await newAssessment();
    const b = await newAssessment();
    unwrap(await finaliseAssessment(b.id));
    expect(unwrap(await deleteAssessment(a.id))).toBe(true);
    expect(await getAssessment(a.id)).toBeUndefined();
    expectError(await deleteAssessment(b.id), 'locked');
    expectError(await deleteAssessment('nope'), 'not-found');
    expect(await getAssessment(b.id)).toBeDefined();
  });

  it('unlinks the rounds that named a deleted round as their previous one', async () => {
    const first = await newAssessment();
    const second = await newAssessment({ previousAssessmentId: first.id });
    unwrap(await finaliseAssessment(second.id));
    const other = await newAssessment();
    unwrap(await deleteAssessment(first.id));
    const after = (await getAssessment(second.id))!;
    expect(after.previousAssessmentId).toBeNull();
    expect(after.status).toBe('afgerond');
    expect(after.revision).toBe(3);
    expect((await getAssessment(other.id))!.revision).toBe(other.revision);
  });
});
