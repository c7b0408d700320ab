import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { listAssessments } from '../../../db/assessments-repo';
import { listFacilities } from '../../../db/facilities-repo';
import {
  assignAliases,
  chooseSet,
  defaultFilter,
  distributions,
  heatmap,
  overTime,
  periodsOf,
  rank,
  scoreSet,
  weakCriteria,
  type CompareFacility,
  type CompareRound,
  type Distributions,
  type HeatRow,
  type PeriodPoint,
  type Ranking,
  type ScoredRound,
  type SetFilter,
  type WeakCriteria,
  countVersions,
} from '../../../domain/compare';
import type { AssessmentResult } from '../../../domain/scoring';
import type { Framework } from '../../../schemas/framework';
import { useCompareStore } from '../../../store/compare-store';
import { useFramework } from '../../shared/use-frameworks';

export interface VersionOption {
  frameworkId: string;
  frameworkVersion: string;
  rounds: number;
}

export interface CompareRecords {
  facilities: CompareFacility[];
  rounds: CompareRound[];
  versions: VersionOption[];
}

/** Every facility and round, in the plain shapes the comparison needs; live. */
export function useCompareRecords(): CompareRecords | undefined {
  return useLiveQuery(async () => {
    const [facilities, assessments] = await Promise.all([
      listFacilities({ includeArchived: true }),
      listAssessments(),
    ]);
    const rounds: CompareRound[] = assessments;
    return {
      facilities: facilities.map((f) => ({
        id: f.id,
        name: f.name,
        code: f.alias.trim() || f.imported?.facilityCode || '',
        type: f.type,
        region: f.region,
        imported: f.imported !== undefined,
        demo: f.demo === true,
      })),
      rounds,
      versions: countVersions(assessments),
    };
  });
}

export interface Comparison {
  filter: SetFilter;
  framework: Framework;
  records: CompareRecords;
  periods: string[];
  scored: ScoredRound[];
  heat: HeatRow[];
  ranking: Ranking;
  dist: Distributions;
  weak: WeakCriteria;
  /**
   * The sector over time, worked out on first use (then kept): it scores every round of the
   * set's facilities, not only the latest, which only the over-time view needs.
   */
  timeline: () => PeriodPoint[];
  hasDemo: boolean;
  anonymise: boolean;
  /** The facility's name, or its alias ("Voorziening A") when anonymised. */
  label: (facilityId: string) => string;
  /** The facility's code (empty when none), or its alias when anonymised. */
  code: (facilityId: string) => string;
  /**
   * A row of the set: the facility's label, followed by the round's period when the set holds
   * several rounds per facility ("latest round only" off), so no two rows read the same.
   */
  rowLabel: (row: { facilityId: string; roundId: string }) => string;
}

export type ComparisonState =
  | { kind: 'loading' }
  | { kind: 'empty' }
  | { kind: 'framework-missing'; filter: SetFilter; records: CompareRecords }
  | { kind: 'ready'; comparison: Comparison };

/**
 * Round scores, kept per framework and per list of rounds read from the database. Scoring is
 * the costly part of the comparison; a new filter, or another view, reuses the scores of the
 * same rows. A refresh of the live query gives a new list, so a changed round is never served
 * an old score.
 */
const scoreCaches = new WeakMap<
  Framework,
  WeakMap<readonly CompareRound[], Map<string, AssessmentResult>>
>();

function scoreCacheFor(
  framework: Framework,
  rounds: readonly CompareRound[],
): Map<string, AssessmentResult> {
  let perRounds = scoreCaches.get(framework);
  if (!perRounds) {
    perRounds = new WeakMap();
    scoreCaches.set(framework, perRounds);
  }
  let cache = perRounds.get(rounds);
  if (!cache) {
    cache = new Map();
    perRounds.set(rounds, cache);
  }
  return cache;
}

/** Pure assembly, separate from the hooks so the bench can time it. */
export function buildComparison(
  records: CompareRecords,
  framework: Framework,
  filter: SetFilter,
): Omit<Comparison, 'label' | 'code' | 'rowLabel' | 'anonymise' | 'records'> & {
  aliases: Map<string, string>;
  periodOfRound: Map<string, string>;
} {
  const cache = scoreCacheFor(framework, records.rounds);
  const selection = chooseSet(records.facilities, records.rounds, filter);
  const scored = scoreSet(framework, selection, cache);
  const dist = distributions(framework, scored);
  let timeline: PeriodPoint[] | undefined;
  const timelineOnce = () =>
    (timeline ??= overTime(
      framework,
      chooseSet(records.facilities, records.rounds, { ...filter, periods: [], latestOnly: false }),
      cache,
    ));
  return {
    filter,
    framework,
    periods: periodsOf(records.rounds, filter.frameworkId, filter.frameworkVersion),
    scored,
    heat: heatmap(scored),
    ranking: rank(scored),
    dist,
    weak: weakCriteria(dist),
    timeline: timelineOnce,
    hasDemo: scored.some((s) => s.facility.demo),
    aliases: assignAliases(scored.map((s) => s.facility.id)),
    periodOfRound: new Map(scored.map((s) => [s.round.id, s.round.periodLabel])),
  };
}

export function useComparison(): ComparisonState {
  const { t } = useTranslation('compare');
  const records = useCompareRecords();
  const stored = useCompareStore((s) => s.filter);
  const anonymise = useCompareStore((s) => s.anonymise);
  const filter = useMemo(() => {
    const versions = records?.versions ?? [];
    if (
      stored &&
      versions.some(
        (v) =>
          v.frameworkId === stored.frameworkId && v.frameworkVersion === stored.frameworkVersion,
      )
    ) {
      return stored;
    }
    const first = versions[0];
    return first ? defaultFilter(first.frameworkId, first.frameworkVersion) : null;
  }, [records, stored]);
  const { loading, framework } = useFramework(filter?.frameworkId, filter?.frameworkVersion);

  const built = useMemo(
    () => (records && framework && filter ? buildComparison(records, framework, filter) : null),
    [records, framework, filter],
  );
  const names = useMemo(
    () => new Map((records?.facilities ?? []).map((f) => [f.id, f])),
    [records],
  );

  if (records === undefined) return { kind: 'loading' };
  if (!filter) return { kind: 'empty' };
  if (loading) return { kind: 'loading' };
  if (!framework || !built) return { kind: 'framework-missing', filter, records };
  const alias = (id: string) => t('alias', { letter: built.aliases.get(id) ?? '?' });
  const label = (id: string) => (anonymise ? alias(id) : (names.get(id)?.name ?? id));
  return {
    kind: 'ready',
    comparison: {
      ...built,
      records,
      anonymise,
      label,
      code: (id) => (anonymise ? alias(id) : (names.get(id)?.code ?? '')),
      rowLabel: ({ facilityId, roundId }) => {
        const period = filter.latestOnly ? undefined : built.periodOfRound.get(roundId);
        return period === undefined
          ? label(facilityId)
          : t('rowLabel', { facility: label(facilityId), period });
      },
    },
  };
}
