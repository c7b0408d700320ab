import { saveAnswer } from '../../src/db/assessments-repo';
import { db } from '../../src/db/database';
import { createFacility } from '../../src/db/facilities-repo';
import { createAssessment, finaliseAssessment } from '../../src/flows/assessments';
import { exportExchange, type ExportRequest } from '../../src/flows/exchange-export';
import type { ImportSource } from '../../src/flows/exchange-import';
import type { Assessment } from '../../src/schemas/records';
import { CRITERIA, LOCAL_FRAMEWORK, answer, facilityInput, unwrap } from '../db/fixtures';

/** Every table, in a stable order: what "nothing changed" is checked against. */
export async function dumpDatabase() {
  return {
    facilities: await db.facilities.orderBy('id').toArray(),
    assessments: await db.assessments.orderBy('id').toArray(),
    frameworks: await db.frameworks.toArray(),
    exchangeLog: await db.exchangeLog.orderBy('roundId').toArray(),
    meta: await db.meta.toArray(),
  };
}

/** A level on each fixture criterion's own scale (1–5, yes/no, 1–3). */
const LEVELS: Record<(typeof CRITERIA)[number], number> = {
  'signalen-herkennen': 3,
  'meldpunt-bekend': 1,
  'jongere-betrokken': 2,
};

let counter = 0;
export function source(text: string, name = `bestand-${++counter}.json`): ImportSource {
  return { key: `k${++counter}`, name, blob: new Blob([text], { type: 'application/json' }) };
}

/** A facility with `rounds` rounds on the local framework, each with every criterion answered. */
export async function seedOwnFacility(
  name: string,
  alias: string,
  rounds: number,
): Promise<{ facilityId: string; rounds: Assessment[] }> {
  const facility = unwrap(await createFacility(facilityInput(name, { alias })));
  const created: Assessment[] = [];
  for (let i = 0; i < rounds; i++) {
    let round = unwrap(
      await createAssessment({
        facilityId: facility.id,
        frameworkId: LOCAL_FRAMEWORK.id,
        frameworkVersion: LOCAL_FRAMEWORK.version,
        periodLabel: `202${i} voorjaar`,
        participants: [{ role: 'teamcoach', count: 2 }],
      }),
    );
    for (const criterionId of CRITERIA) {
      round = unwrap(await saveAnswer(round.id, criterionId, answer(LEVELS[criterionId]), null));
    }
    created.push(round);
  }
  return { facilityId: facility.id, rounds: created };
}

export async function editLevel(roundId: string, criterionId: string, level: number) {
  const round = (await db.assessments.get(roundId))!;
  const current = round.answers[criterionId]!;
  return unwrap(await saveAnswer(roundId, criterionId, { ...current, level }, current.updatedAt));
}

export async function finalise(roundId: string) {
  return unwrap(await finaliseAssessment(roundId));
}

export async function exportText(request: ExportRequest, now?: Date): Promise<string> {
  const result = await exportExchange(request, now);
  if (!result.ok) throw new Error(`export failed: ${JSON.stringify(result.error)}`);
  return result.value.text;
}

export type Device = Awaited<ReturnType<typeof dumpDatabase>>;

/**
 * One fake IndexedDB plays several devices: the current content is kept aside and `next` (or an
 * empty database) takes its place.
 */
export async function switchDevice(next?: Device): Promise<Device> {
  const previous = await dumpDatabase();
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
    if (next) {
      await db.facilities.bulkAdd(next.facilities);
      await db.assessments.bulkAdd(next.assessments);
      await db.frameworks.bulkAdd(next.frameworks);
      await db.exchangeLog.bulkAdd(next.exchangeLog);
      await db.meta.bulkAdd(next.meta);
    }
  });
  return previous;
}
