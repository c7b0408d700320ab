/**
 * Report data from the database (issue 13): what the Rapporten area lists, and the data of one
 * report, assembled by domain/report from the stored round, its facility, its framework version
 * and the facility's other rounds. Reading only; demo records are listed only when asked for.
 */
import { getAssessment, listAssessments } from '../db/assessments-repo';
import { getFacility, listFacilities } from '../db/facilities-repo';
import { countVersions } from '../domain/compare';
import type { CompareFacility, CompareRound, SetFilter } from '../domain/compare';
import {
  buildComparisonReport,
  buildFacilityReport,
  buildPlanReport,
  type ComparisonReportData,
  type FacilityReportData,
  type PlanReportData,
  type ReportSection,
} from '../domain/report';
import type { Framework } from '../schemas/framework';
import type { Assessment, Facility } from '../schemas/records';
import { getFramework } from './framework-catalogue';

export interface ReportableFacility {
  facility: Facility;
  /** Newest first. */
  rounds: Assessment[];
}

/** Facilities with at least one round, by name; demo ones only with `includeDemo`. */
export async function listReportable(opts: { includeDemo: boolean }): Promise<{
  facilities: ReportableFacility[];
  hasDemo: boolean;
}> {
  const [facilities, rounds] = await Promise.all([
    listFacilities({ includeArchived: true }),
    listAssessments(),
  ]);
  const byFacility = new Map<string, Assessment[]>();
  for (const r of rounds) {
    const list = byFacility.get(r.facilityId);
    if (list) list.push(r);
    else byFacility.set(r.facilityId, [r]);
  }
  const hasDemo = facilities.some((f) => f.demo) || rounds.some((r) => r.demo);
  return {
    hasDemo,
    facilities: facilities
      .filter((f) => opts.includeDemo || !f.demo)
      .map((facility) => ({
        facility,
        rounds: (byFacility.get(facility.id) ?? []).filter((r) => opts.includeDemo || !r.demo),
      }))
      .filter((f) => f.rounds.length > 0)
      .sort((a, b) => a.facility.name.localeCompare(b.facility.name, 'nl')),
  };
}

async function frameworkOf(
  a: Pick<Assessment, 'frameworkId' | 'frameworkVersion'>,
): Promise<Framework | undefined> {
  try {
    return await getFramework(a.frameworkId, a.frameworkVersion);
  } catch {
    return undefined;
  }
}

export type ReportDataError =
  | { kind: 'not-found' }
  | { kind: 'framework-missing'; id: string; version: string }
  | { kind: 'demo' };

export type LoadResult<T> = { ok: true; value: T } | { ok: false; error: ReportDataError };

async function loadRound(
  assessmentId: string,
  includeDemo: boolean,
): Promise<
  LoadResult<{ assessment: Assessment; facility: Facility | undefined; framework: Framework }>
> {
  const assessment = await getAssessment(assessmentId);
  if (!assessment) return { ok: false, error: { kind: 'not-found' } };
  const facility = await getFacility(assessment.facilityId);
  if (!includeDemo && (assessment.demo || facility?.demo)) {
    return { ok: false, error: { kind: 'demo' } };
  }
  const framework = await frameworkOf(assessment);
  if (!framework) {
    return {
      ok: false,
      error: {
        kind: 'framework-missing',
        id: assessment.frameworkId,
        version: assessment.frameworkVersion,
      },
    };
  }
  return { ok: true, value: { assessment, facility, framework } };
}

const facilityOf = (facility: Facility | undefined, assessment: Assessment, fallback: string) => ({
  id: assessment.facilityId,
  label: facility?.name ?? fallback,
  demo: facility?.demo === true || assessment.demo === true,
});

/** The facility report of one round, with the facility's rounds for the trend. */
export async function loadFacilityReport(
  assessmentId: string,
  sections: readonly ReportSection[],
  opts: { includeDemo: boolean; unknownFacility: string },
): Promise<LoadResult<FacilityReportData>> {
  const loaded = await loadRound(assessmentId, opts.includeDemo);
  if (!loaded.ok) return loaded;
  const { assessment, facility, framework } = loaded.value;
  const others = (await listAssessments(assessment.facilityId)).filter(
    (a) => opts.includeDemo || !a.demo,
  );
  const history = await Promise.all(
    others.map(async (a) => ({
      assessment: a,
      framework:
        a.frameworkId === framework.id && a.frameworkVersion === framework.version
          ? framework
          : await frameworkOf(a),
    })),
  );
  return {
    ok: true,
    value: buildFacilityReport({
      framework,
      assessment,
      facility: facilityOf(facility, assessment, opts.unknownFacility),
      sections,
      history,
    }),
  };
}

/** The improvement plan of a facility: the open actions of the chosen (normally latest) round. */
export async function loadPlanReport(
  assessmentId: string,
  opts: { includeDemo: boolean; unknownFacility: string },
): Promise<LoadResult<PlanReportData>> {
  const loaded = await loadRound(assessmentId, opts.includeDemo);
  if (!loaded.ok) return loaded;
  const { assessment, facility, framework } = loaded.value;
  return {
    ok: true,
    value: buildPlanReport({
      framework,
      assessment,
      facility: facilityOf(facility, assessment, opts.unknownFacility),
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Comparison report
// ---------------------------------------------------------------------------------------------

/** Every facility and round in the plain shapes of the comparison (as its views read them). */
async function compareRecords(includeDemo: boolean): Promise<{
  facilities: CompareFacility[];
  rounds: CompareRound[];
}> {
  const [facilities, rounds] = await Promise.all([
    listFacilities({ includeArchived: true }),
    listAssessments(),
  ]);
  return {
    facilities: facilities
      .filter((f) => includeDemo || !f.demo)
      .map((f) => ({
        id: f.id,
        name: f.name,
        code: f.alias.trim() || f.imported?.facilityCode || '',
        type: f.type,
        region: f.region,
        imported: f.imported !== undefined,
        demo: f.demo === true,
      })),
    rounds: rounds.filter((r) => includeDemo || !r.demo),
  };
}

export interface ComparisonVersion {
  frameworkId: string;
  frameworkVersion: string;
  rounds: number;
}

/** The framework versions rounds were made on, most rounds first (the comparison's default). */
export async function listComparisonVersions(includeDemo: boolean): Promise<ComparisonVersion[]> {
  const { rounds } = await compareRecords(includeDemo);
  return countVersions(rounds);
}

/** The comparison report of the set `filter` chooses; names dropped when `anonymise`. */
export async function loadComparisonReport(
  filter: SetFilter,
  opts: { anonymise: boolean; includeDemo: boolean },
): Promise<LoadResult<ComparisonReportData>> {
  const framework = await frameworkOf({
    frameworkId: filter.frameworkId,
    frameworkVersion: filter.frameworkVersion,
  });
  if (!framework) {
    return {
      ok: false,
      error: {
        kind: 'framework-missing',
        id: filter.frameworkId,
        version: filter.frameworkVersion,
      },
    };
  }
  const records = await compareRecords(opts.includeDemo);
  const data = buildComparisonReport({
    framework,
    ...records,
    filter,
    anonymise: opts.anonymise,
  });
  if (data.facilities.length === 0) return { ok: false, error: { kind: 'not-found' } };
  return { ok: true, value: data };
}
