// Runs inside Chromium on the same origin as the app build, so it measures the real
// repository code against the real IndexedDB the app uses.
import { db } from '../../src/db/database';
import { createFacility, listFacilities } from '../../src/db/facilities-repo';
import {
  createAssessment,
  listAssessmentSummaries,
  saveAnswer,
} from '../../src/db/assessments-repo';
import { emptyAnswer, type Assessment, type Facility } from '../../src/schemas/records';
import { SCORING_METHOD_VERSION } from '../../src/domain/scoring';

const FRAMEWORK_ID = 'kwaliteitskader-tienerpooiers';
const FRAMEWORK_VERSION = '1.0.0';

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

async function saveAnswerTimings(count: number, criterionIds: string[]) {
  const facility = await createFacility({
    name: 'Bench',
    type: 'other',
    region: 'other',
    alias: '',
  });
  if (!facility.ok) throw new Error(`createFacility: ${facility.error.kind}`);
  const created = await createAssessment({
    facilityId: facility.value.id,
    frameworkId: FRAMEWORK_ID,
    frameworkVersion: FRAMEWORK_VERSION,
    periodLabel: 'bench',
    participants: [{ role: 'team', count: 3 }],
  });
  if (!created.ok) throw new Error(`createAssessment: ${created.error.kind}`);
  let current = created.value;
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const criterionId = criterionIds[i % criterionIds.length]!;
    const base = current.answers[criterionId]?.updatedAt ?? null;
    const answer = {
      ...(current.answers[criterionId] ?? emptyAnswer(new Date().toISOString())),
      level: (i % 5) + 1,
    };
    const t0 = performance.now();
    const result = await saveAnswer(current.id, criterionId, answer, base);
    times.push(performance.now() - t0);
    if (!result.ok) throw new Error(`saveAnswer: ${result.error.kind}`);
    current = result.value;
  }
  return {
    median: median(times),
    p95: [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)]!,
  };
}

async function seed(facilities: number, assessmentsPerFacility: number, criterionIds: string[]) {
  const now = new Date().toISOString();
  const facilityRows: Facility[] = [];
  const assessmentRows: Assessment[] = [];
  for (let f = 0; f < facilities; f++) {
    const id = `bench-f-${f}`;
    facilityRows.push({
      id,
      name: `Voorziening ${String(f).padStart(3, '0')}`,
      type: 'private-jeugdhulp',
      region: 'antwerpen',
      alias: `V${f}`,
      archived: false,
      createdAt: now,
      updatedAt: now,
    });
    for (let a = 0; a < assessmentsPerFacility; a++) {
      const answers: Assessment['answers'] = {};
      for (const [i, c] of criterionIds.entries()) {
        answers[c] = { ...emptyAnswer(now), level: ((i + a) % 5) + 1 };
      }
      assessmentRows.push({
        id: `bench-a-${f}-${a}`,
        facilityId: id,
        frameworkId: FRAMEWORK_ID,
        frameworkVersion: FRAMEWORK_VERSION,
        scoringMethodVersion: SCORING_METHOD_VERSION,
        periodLabel: `${2020 + a} voorjaar`,
        participants: [{ role: 'team', count: 4 }],
        status: a < assessmentsPerFacility - 1 ? 'afgerond' : 'concept',
        createdAt: now,
        updatedAt: now,
        finalisedAt: a < assessmentsPerFacility - 1 ? now : null,
        reopenings: [],
        revision: 1,
        previousAssessmentId: null,
        answers,
      });
    }
  }
  const t0 = performance.now();
  await db.transaction('rw', db.facilities, db.assessments, async () => {
    await db.facilities.bulkPut(facilityRows);
    for (let i = 0; i < assessmentRows.length; i += 500)
      await db.assessments.bulkPut(assessmentRows.slice(i, i + 500));
  });
  return { seedMs: performance.now() - t0 };
}

async function reset() {
  await db.transaction('rw', db.facilities, db.assessments, async () => {
    await db.facilities.clear();
    await db.assessments.clear();
  });
}

/** The two queries behind the facility list, timed on their own. */
async function listQueries() {
  const t0 = performance.now();
  const facilities = await listFacilities();
  const t1 = performance.now();
  const summaries = await listAssessmentSummaries();
  const t2 = performance.now();
  return {
    facilitiesMs: t1 - t0,
    summariesMs: t2 - t1,
    facilities: facilities.length,
    summaries: summaries.length,
  };
}

Object.assign(window, { bench: { saveAnswerTimings, seed, reset, listQueries } });
document.getElementById('state')!.textContent = 'ready';
