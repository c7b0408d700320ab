/**
 * What the start page needs to offer the next step and "continue where you were": how far the
 * user got (a facility, a round) and the round changed last. Only the user's own records count:
 * imported ones are other facilities' rounds, read-only here, and demo data is nobody's work.
 */
import { listAssessments } from '../db/assessments-repo';
import { listFacilities } from '../db/facilities-repo';
import type { Assessment } from '../schemas/records';

export interface LastRound {
  id: string;
  facilityId: string;
  facilityName: string;
  periodLabel: string;
  status: Assessment['status'];
  updatedAt: string;
}

export interface StartState {
  /** Own facilities that are not archived. */
  facilityCount: number;
  /** The only own facility, when there is exactly one (its page is where a round starts). */
  onlyFacilityId: string | null;
  /** Own rounds, of any status. */
  roundCount: number;
  /** The own round changed last, of a facility that is not archived. */
  lastRound: LastRound | null;
}

export async function readStartState(): Promise<StartState> {
  const facilities = (await listFacilities()).filter((f) => !f.imported && !f.demo);
  const names = new Map(facilities.map((f) => [f.id, f.name]));
  const rounds = (await listAssessments()).filter((a) => !a.imported && !a.demo);
  let last: Assessment | null = null;
  for (const round of rounds) {
    if (!names.has(round.facilityId)) continue;
    if (last === null || Date.parse(round.updatedAt) > Date.parse(last.updatedAt)) last = round;
  }
  return {
    facilityCount: facilities.length,
    onlyFacilityId: facilities.length === 1 ? facilities[0]!.id : null,
    roundCount: rounds.length,
    lastRound: last
      ? {
          id: last.id,
          facilityId: last.facilityId,
          facilityName: names.get(last.facilityId) ?? '',
          periodLabel: last.periodLabel,
          status: last.status,
          updatedAt: last.updatedAt,
        }
      : null,
  };
}
