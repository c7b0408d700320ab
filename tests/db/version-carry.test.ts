// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { getAssessment, saveAnswer } from '../../src/db/assessments-repo';
import { confirmProposal } from '../../src/domain/version-carry';
import { validateRound } from '../../src/domain/validate-round';
import { createAssessment, finaliseAssessment } from '../../src/flows/assessments';
import { getFramework } from '../../src/flows/framework-catalogue';
import { answer, resetDatabase, seedFacility, unwrap } from './fixtures';

/** The real bundled 1.0.0 and 1.1.0: the carry follows 1.1.0's lineage to 1.0.0. */
const ID = 'kwaliteitskader-tienerpooiers';

let facilityId: string;

beforeEach(async () => {
  await resetDatabase();
  facilityId = (await seedFacility()).id;
});

async function finishedOldRound() {
  const old = unwrap(
    await createAssessment({
      facilityId,
      frameworkId: ID,
      frameworkVersion: '1.0.0',
      periodLabel: '2026',
      participants: [],
    }),
  );
  const levels: Record<string, number> = {
    'signalen-herkennen': 3, // reworded
    'medische-zorg-bij-opname': 4, // stricter
    'huisregels-en-beperkingen-uitgelegd': 2, // split
    'samenwerking-zorgcentrum-seksueel-geweld': 4, // merged with the next
    'zorgzame-afname-sas-kit': 3,
  };
  for (const [id, level] of Object.entries(levels)) {
    unwrap(await saveAnswer(old.id, id, answer(level, { target: 5 }), null));
  }
  return unwrap(await finaliseAssessment(old.id));
}

describe('starting a 1.1.0 round from a 1.0.0 round', () => {
  it('carries levels as proposals only, leaves the old round as it was', async () => {
    const old = await finishedOldRound();
    const next = unwrap(
      await createAssessment({
        facilityId,
        frameworkId: ID,
        frameworkVersion: '1.1.0',
        periodLabel: '2027',
        participants: [],
        previousAssessmentId: old.id,
      }),
    );
    const a = next.answers;
    expect(a['signalen-herkennen']).toMatchObject({
      level: null,
      target: 5,
      proposal: { relation: 'reworded', level: 3, fromVersion: '1.0.0' },
    });
    expect(a['medische-zorg-bij-opname']?.proposal).toMatchObject({
      relation: 'stricter',
      level: 4,
    });
    expect(a['huisregels-en-beperkingen-uitgelegd']?.proposal).toMatchObject({
      relation: 'split',
      level: 2,
    });
    expect(a['vrijheidsbeperkende-maatregelen']?.proposal).toMatchObject({
      relation: 'split',
      level: 2,
    });
    expect(a['samenwerking-zorgcentrum-seksueel-geweld']?.proposal).toMatchObject({
      relation: 'merged',
      level: 3,
    });
    expect(a['zelfbeschadiging-suicidaliteit-en-crisis']).toBeUndefined();
    // Nothing is a level yet.
    expect(Object.values(a).filter((x) => x.level !== null || x.notApplicable)).toEqual([]);
    expect(await getAssessment(old.id)).toEqual(old);

    // Finalising is refused while proposals wait; a confirmation turns one into a level.
    const refused = await finaliseAssessment(next.id);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.detail).toMatch(/^proposals-pending: 5$/);
    const stored = a['signalen-herkennen']!;
    const saved = unwrap(
      await saveAnswer(next.id, 'signalen-herkennen', confirmProposal(stored), stored.updatedAt),
    );
    expect(saved.answers['signalen-herkennen']).toMatchObject({ level: 3 });
    expect(saved.answers['signalen-herkennen']?.proposal).toBeUndefined();

    // Choosing another level settles the proposal too, even when the draft still carried it.
    const other = saved.answers['medische-zorg-bij-opname']!;
    const chosen = unwrap(
      await saveAnswer(
        next.id,
        'medische-zorg-bij-opname',
        { ...other, level: 2 },
        other.updatedAt,
      ),
    );
    expect(chosen.answers['medische-zorg-bij-opname']?.proposal).toBeUndefined();
    expect(chosen.answers['medische-zorg-bij-opname']?.level).toBe(2);
    expect(await getAssessment(old.id)).toEqual(old);
  });

  it('a same-version follow-up carries no levels (issue 10 behaviour kept)', async () => {
    const old = await finishedOldRound();
    const next = unwrap(
      await createAssessment({
        facilityId,
        frameworkId: ID,
        frameworkVersion: '1.0.0',
        periodLabel: '2027',
        participants: [],
        previousAssessmentId: old.id,
      }),
    );
    expect(next.answers['signalen-herkennen']).toMatchObject({ level: null, target: 5 });
    expect(next.answers['signalen-herkennen']?.proposal).toBeUndefined();
  });

  it('validateRound refuses a finalised round that still holds a proposal', async () => {
    const framework = (await getFramework(ID, '1.1.0'))!;
    const round = {
      id: 'r',
      facilityId,
      frameworkId: ID,
      frameworkVersion: '1.1.0',
      status: 'afgerond',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-02T00:00:00.000Z',
      finalisedAt: '2026-01-02T00:00:00.000Z',
      reopenings: [],
      revision: 2,
      previousAssessmentId: null,
      answers: {
        'signalen-herkennen': answer(null, {
          proposal: {
            relation: 'reworded' as const,
            from: ['signalen-herkennen'],
            fromVersion: '1.0.0',
            level: 9,
            notApplicable: false,
            naReason: '',
          },
        }),
      },
    };
    const codes = validateRound(round, {
      framework,
      findRound: () => undefined,
      now: new Date('2026-02-01T00:00:00.000Z'),
    }).map((p) => p.code);
    expect(codes).toEqual(['proposal-off-scale', 'proposal-in-final']);
  });
});
