/**
 * Lineage between framework versions: how each criterion of a version relates to the criteria
 * of the version before it. Pure; the loader turns the problems into sentences.
 *
 * Relations: "unchanged", "reworded" (same meaning, new words), "stricter" (same subject, higher
 * demand), each from exactly one earlier criterion; "split" (one earlier criterion became two or
 * more), "merged" (two or more became one), "new" (no predecessor). Earlier criteria that have
 * no successor are listed as withdrawn at framework level.
 */
import type { Criterion, Framework, LineageRelation } from '../schemas/framework';
import { compareSemver } from './semver';

export type LineageProblemCode =
  | 'lineage-missing'
  | 'lineage-without-previous'
  | 'lineage-previous-not-earlier'
  | 'lineage-source-count'
  | 'lineage-source-duplicate'
  | 'lineage-source-shared'
  | 'lineage-split-single'
  | 'lineage-withdrawn-duplicate'
  | 'lineage-withdrawn-cited'
  | 'lineage-unknown-source'
  | 'lineage-unknown-withdrawn'
  | 'lineage-unaccounted'
  | 'lineage-new-reuses-id'
  | 'lineage-withdrawn-reused'
  | 'lineage-scale-changed';

export interface LineageProblem {
  code: LineageProblemCode;
  path: (string | number)[];
  params: Record<string, string | number>;
}

/** Relations that keep the meaning: answers and trends may continue across the versions. */
export const SAME_MEANING_RELATIONS: readonly LineageRelation[] = ['unchanged', 'reworded'];

interface Located {
  criterion: Criterion;
  path: (string | number)[];
}

function located(framework: Framework): Located[] {
  return framework.domains.flatMap((domain, d) =>
    domain.criteria.map((criterion, c) => ({ criterion, path: ['domains', d, 'criteria', c] })),
  );
}

function expectedSources(relation: LineageRelation, count: number): boolean {
  if (relation === 'new') return count === 0;
  if (relation === 'merged') return count >= 2;
  return count === 1;
}

/** Checks the lineage of one framework on its own (no earlier version needed). */
export function checkLineage(framework: Framework): LineageProblem[] {
  const problems: LineageProblem[] = [];
  const entries = located(framework);
  const lineage = framework.lineage;

  if (lineage === undefined) {
    for (const { criterion, path } of entries) {
      if (criterion.lineage !== undefined) {
        problems.push({ code: 'lineage-without-previous', path: [...path, 'lineage'], params: {} });
      }
    }
    return problems;
  }

  if (compareSemver(lineage.previousVersion, framework.version) >= 0) {
    problems.push({
      code: 'lineage-previous-not-earlier',
      path: ['lineage', 'previousVersion'],
      params: { previous: lineage.previousVersion, version: framework.version },
    });
  }

  // Which criteria cite each earlier id, and with which relation.
  const citers = new Map<string, { relation: LineageRelation; path: (string | number)[] }[]>();
  for (const { criterion, path } of entries) {
    const own = criterion.lineage;
    if (own === undefined) {
      problems.push({ code: 'lineage-missing', path, params: { id: criterion.id } });
      continue;
    }
    if (!expectedSources(own.relation, own.from.length)) {
      problems.push({
        code: 'lineage-source-count',
        path: [...path, 'lineage', 'from'],
        params: { relation: own.relation, count: own.from.length },
      });
    }
    const seen = new Set<string>();
    own.from.forEach((source, k) => {
      if (seen.has(source)) {
        problems.push({
          code: 'lineage-source-duplicate',
          path: [...path, 'lineage', 'from', k],
          params: { id: source },
        });
        return;
      }
      seen.add(source);
      const list = citers.get(source) ?? [];
      list.push({ relation: own.relation, path: [...path, 'lineage', 'from', k] });
      citers.set(source, list);
    });
  }

  // An earlier criterion goes to one successor, unless it was split (then to two or more parts).
  for (const [source, list] of citers) {
    const splits = list.filter((entry) => entry.relation === 'split');
    if (splits.length > 0 && splits.length === list.length) {
      if (splits.length < 2) {
        problems.push({
          code: 'lineage-split-single',
          path: splits[0]!.path,
          params: { id: source },
        });
      }
    } else if (list.length > 1) {
      for (const entry of list.slice(1)) {
        problems.push({ code: 'lineage-source-shared', path: entry.path, params: { id: source } });
      }
    }
  }

  const withdrawn = new Set<string>();
  lineage.withdrawn.forEach((entry, k) => {
    const path = ['lineage', 'withdrawn', k, 'id'];
    if (withdrawn.has(entry.id)) {
      problems.push({ code: 'lineage-withdrawn-duplicate', path, params: { id: entry.id } });
      return;
    }
    withdrawn.add(entry.id);
    if (citers.has(entry.id)) {
      problems.push({ code: 'lineage-withdrawn-cited', path, params: { id: entry.id } });
    }
    if (entries.some(({ criterion }) => criterion.id === entry.id)) {
      problems.push({ code: 'lineage-withdrawn-reused', path, params: { id: entry.id } });
    }
  });
  return problems;
}

/**
 * Checks the lineage against the earlier version it names (same framework id, version
 * `lineage.previousVersion`): every cited and withdrawn id exists there, every earlier criterion
 * is accounted for, a "new" criterion does not take an earlier id, and "unchanged" / "reworded"
 * keep the scale's levels (otherwise their answers could not be read the same way).
 */
export function checkLineageAgainst(framework: Framework, previous: Framework): LineageProblem[] {
  const lineage = framework.lineage;
  if (lineage === undefined) return [];
  const problems: LineageProblem[] = [];
  const earlier = new Map(located(previous).map((entry) => [entry.criterion.id, entry.criterion]));
  const accounted = new Set<string>();

  for (const { criterion, path } of located(framework)) {
    const own = criterion.lineage;
    if (own === undefined) continue;
    if (own.relation === 'new' && earlier.has(criterion.id)) {
      problems.push({
        code: 'lineage-new-reuses-id',
        path: [...path, 'id'],
        params: { id: criterion.id },
      });
    }
    own.from.forEach((source, k) => {
      const before = earlier.get(source);
      if (!before) {
        problems.push({
          code: 'lineage-unknown-source',
          path: [...path, 'lineage', 'from', k],
          params: { id: source, version: previous.version },
        });
        return;
      }
      accounted.add(source);
      if (SAME_MEANING_RELATIONS.includes(own.relation)) {
        const levelsNow = scaleValues(framework, criterion);
        const levelsBefore = scaleValues(previous, before);
        if (levelsNow !== levelsBefore) {
          problems.push({
            code: 'lineage-scale-changed',
            path: [...path, 'lineage', 'relation'],
            params: { id: source, relation: own.relation },
          });
        }
      }
    });
  }
  lineage.withdrawn.forEach((entry, k) => {
    if (!earlier.has(entry.id)) {
      problems.push({
        code: 'lineage-unknown-withdrawn',
        path: ['lineage', 'withdrawn', k, 'id'],
        params: { id: entry.id, version: previous.version },
      });
    }
    accounted.add(entry.id);
  });
  for (const id of earlier.keys()) {
    if (!accounted.has(id)) {
      problems.push({
        code: 'lineage-unaccounted',
        path: ['lineage'],
        params: { id, version: previous.version },
      });
    }
  }
  return problems;
}

function scaleValues(framework: Framework, criterion: Criterion): string {
  const id = criterion.scale ?? framework.defaultScale;
  const scale = framework.scales.find((s) => s.id === id);
  return scale ? scale.levels.map((level) => level.value).join(',') : '';
}
