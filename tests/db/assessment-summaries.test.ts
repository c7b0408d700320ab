// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { listAssessmentSummaries, listAssessments } from '../../src/db/assessments-repo';
import { emptyAnswer, type Assessment } from '../../src/schemas/records';

function assessment(
  id: string,
  facilityId: string,
  createdAt: string,
  status: Assessment['status'],
  periodLabel: string,
): Assessment {
  return {
    id,
    facilityId,
    frameworkId: 'kader',
    frameworkVersion: '1.0.0',
    scoringMethodVersion: '1.0.0',
    periodLabel,
    participants: [],
    status,
    createdAt,
    updatedAt: createdAt,
    finalisedAt: status === 'afgerond' ? createdAt : null,
    reopenings: [],
    revision: 1,
    previousAssessmentId: null,
    answers: { c1: { ...emptyAnswer(createdAt), level: 3 } },
  };
}

describe('listAssessmentSummaries', () => {
  beforeEach(async () => {
    await db.assessments.clear();
  });

  it('gives the same rounds, in the same order, as the full list, without answers', async () => {
    await db.assessments.bulkPut([
      assessment('a', 'f1', '2026-03-01T09:00:00.000Z', 'afgerond', '2026 voorjaar'),
      assessment('b', 'f1', '2026-10-01T09:00:00.000Z', 'concept', '2026 najaar'),
      assessment('c', 'f2', '2026-05-01T09:00:00.000+02:00', 'concept', '2026 mei'),
    ]);
    const summaries = await listAssessmentSummaries();
    const full = await listAssessments();
    expect(summaries.map((s) => s.id)).toEqual(full.map((a) => a.id));
    expect(summaries[0]).toEqual({
      id: 'b',
      facilityId: 'f1',
      createdAt: '2026-10-01T09:00:00.000Z',
      status: 'concept',
      periodLabel: '2026 najaar',
    });
    expect(summaries.every((s) => !('answers' in s))).toBe(true);
  });

  it('follows status and label changes', async () => {
    await db.assessments.put(
      assessment('a', 'f1', '2026-03-01T09:00:00.000Z', 'concept', 'voorjaar'),
    );
    await db.assessments.update('a', { status: 'afgerond', periodLabel: '2026 voorjaar' });
    expect(await listAssessmentSummaries()).toMatchObject([
      { id: 'a', status: 'afgerond', periodLabel: '2026 voorjaar' },
    ]);
  });
});
