/**
 * What the start page needs to offer the next step and "continue where you were": how far the
 * user got (a facility, a round) and the round changed last. Only the user's own records count:
 * imported ones are other facilities' rounds, read-only here, and demo data is nobody's work.
 */
import { listAssessments } from '../db/assessments-repo';
import { listFacilities } from '../db/facilities-repo';
import { countCriteria } from '../domain/framework-model';
import type { FrameworkStatus, LText } from '../schemas/framework';
import type { Assessment } from '../schemas/records';
import { listFrameworks } from './framework-catalogue';

export interface LastRound {
  id: string;
  facilityId: string;
  facilityName: string;
  periodLabel: string;
  status: Assessment['status'];
  updatedAt: string;
}

/** A framework at hand, as the start page names it: its own title, scales and norms. */
export interface FrameworkSummary {
  id: string;
  version: string;
  title: LText;
  status: FrameworkStatus;
  criteria: number;
  scales: {
    id: string;
    label: LText;
    min: number;
    max: number;
    norm: number;
    normLabel: LText | null;
  }[];
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
  /** The frameworks in the catalogue (bundled and loaded), newest version of each id first. */
  frameworks: FrameworkSummary[];
}

async function frameworkSummaries(): Promise<FrameworkSummary[]> {
  const entries = await listFrameworks();
  return entries.map(({ framework }) => ({
    id: framework.id,
    version: framework.version,
    title: framework.title,
    status: framework.status,
    criteria: countCriteria(framework),
    scales: framework.scales.map((scale) => {
      const values = scale.levels.map((level) => level.value);
      return {
        id: scale.id,
        label: scale.label,
        min: Math.min(...values),
        max: Math.max(...values),
        norm: scale.normLevel,
        normLabel: scale.levels.find((level) => level.value === scale.normLevel)?.label ?? null,
      };
    }),
  }));
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
  const frameworks = await frameworkSummaries();
  return {
    frameworks,
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
