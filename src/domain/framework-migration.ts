/**
 * Framework file format migrations, pure.
 *
 * 2026-12-02, format 1 → 2: a second framework written in the format showed that criteria must
 * reference more than plan actions, that N/A must be forbidden per criterion without copying a
 * scale, and that a norm only makes sense per scale. Format 1 files keep loading: the loader
 * validates them as format 1 and converts them here.
 *
 * Content hashes of framework versions already in use (stored rounds, exchange files, backups)
 * were computed on the format-1 content. `toFormatV1` gives back exactly that content for a
 * framework that format 1 can express, so `frameworkContentHash` (domain/framework-model) stays
 * the same for every framework that existed before format 2.
 */
import type { Framework, FrameworkV1, ReferenceKind, ScaleV1 } from '../schemas/framework';
import { canonicalJson } from './canonical-json';

/** The one reference kind of a format-1 file: actions of the government action plan. */
export const V1_PLAN_ACTION_KIND: ReferenceKind = {
  id: 'actieplan',
  type: 'plan-action',
  label: { 'nl-BE': 'Acties uit het actieplan', en: 'Actions from the action plan' },
};

/**
 * A format-1 file had one framework norm. On a scale where it is a level it stays the scale's
 * norm; on another scale every criterion had to carry its own norm (the format-1 rules), so the
 * scale's norm is then only a default that nothing uses: its highest level.
 */
export function scaleNormFromV1(frameworkNorm: number, scale: Pick<ScaleV1, 'levels'>): number {
  const values = scale.levels.map((level) => level.value);
  if (values.includes(frameworkNorm)) return frameworkNorm;
  return values.length === 0 ? frameworkNorm : Math.max(...values);
}

/** Converts a validated format-1 framework to format 2. */
export function migrateFrameworkV1(v1: FrameworkV1): Framework {
  const { normLevel, formatVersion: _v, sources, scales, domains, ...rest } = v1;
  return {
    ...rest,
    formatVersion: 2,
    sources: sources.map((source) => ({ ...source })),
    referenceKinds: [V1_PLAN_ACTION_KIND],
    scales: scales.map((scale) => ({ ...scale, normLevel: scaleNormFromV1(normLevel, scale) })),
    domains: domains.map(({ criteria, ...domain }) => ({
      ...domain,
      criteria: criteria.map(({ planActions, ...criterion }) => ({
        ...criterion,
        references: planActions.map((ref) => ({ kind: V1_PLAN_ACTION_KIND.id, ref })),
      })),
    })),
  };
}

/**
 * The format-1 form of a framework, or null when format 1 cannot express it (other reference
 * kinds, N/A policies, lineage, source links, or scale norms that format 1 could not produce).
 * Inverse of migrateFrameworkV1: toFormatV1(migrateFrameworkV1(x)) equals x.
 */
export function toFormatV1(framework: Framework): FrameworkV1 | null {
  const {
    referenceKinds,
    scales,
    domains,
    sources,
    lineage,
    facilityTypes,
    formatVersion: _v,
    ...rest
  } = framework;
  if (lineage !== undefined || facilityTypes !== undefined) return null;
  if (canonicalJson(referenceKinds) !== canonicalJson([V1_PLAN_ACTION_KIND])) return null;
  if (sources.some((source) => source.url !== undefined)) return null;
  const defaultScale = scales.find((scale) => scale.id === framework.defaultScale);
  if (!defaultScale) return null;
  const normLevel = defaultScale.normLevel;
  if (scales.some((scale) => scale.normLevel !== scaleNormFromV1(normLevel, scale))) return null;

  const v1Domains: FrameworkV1['domains'] = [];
  for (const { criteria, ...domain } of domains) {
    const v1Criteria: FrameworkV1['domains'][number]['criteria'] = [];
    for (const { references, naPolicy, lineage: criterionLineage, ...criterion } of criteria) {
      if (naPolicy !== undefined || criterionLineage !== undefined) return null;
      if (references.some((reference) => reference.kind !== V1_PLAN_ACTION_KIND.id)) return null;
      v1Criteria.push({ ...criterion, planActions: references.map((reference) => reference.ref) });
    }
    v1Domains.push({ ...domain, criteria: v1Criteria });
  }
  return {
    ...rest,
    formatVersion: 1,
    sources: sources.map(({ url: _url, ...source }) => source),
    scales: scales.map(({ normLevel: _norm, ...scale }) => scale),
    normLevel,
    domains: v1Domains,
  };
}
