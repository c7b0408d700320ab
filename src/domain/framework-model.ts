/**
 * Pure helpers around a validated framework (see src/io/framework-loader.ts).
 * Only `import type` from the schema so domain/ stays free of Zod at runtime.
 */
import type { Criterion, Domain, Framework, LText, Scale } from '../schemas/framework';
import { canonicalJson } from './canonical-json';
import { toFormatV1 } from './framework-migration';
import { naAllowed, naReasonRequired } from './na-policy';

export { canonicalJson } from './canonical-json';

export function findScale(framework: Framework, scaleId: string): Scale | undefined {
  return framework.scales.find((scale) => scale.id === scaleId);
}

/** The scale a criterion is answered on: its own `scale`, else the framework's `defaultScale`. */
export function criterionScale(framework: Framework, criterion: Criterion): Scale | undefined {
  return findScale(framework, criterion.scale ?? framework.defaultScale);
}

/** Minimum expected level (default target): the criterion's `normLevel`, else its scale's. */
export function criterionNorm(framework: Framework, criterion: Criterion): number {
  if (criterion.normLevel !== undefined) return criterion.normLevel;
  const scale = criterionScale(framework, criterion);
  // The loader guarantees the scale exists; the fallback only keeps the type total.
  return scale?.normLevel ?? framework.scales[0]!.normLevel;
}

/** The default scale's norm: "the norm" when a framework is described in one sentence. */
export function frameworkNorm(framework: Framework): number {
  return (findScale(framework, framework.defaultScale) ?? framework.scales[0]!).normLevel;
}

/** The effective N/A rule of a criterion: its naPolicy over its scale's notApplicable. */
export function criterionNa(
  framework: Framework,
  criterion: Criterion,
): { allowed: boolean; reasonRequired: boolean; condition: LText | null } {
  const scale = criterionScale(framework, criterion);
  const base = scale?.notApplicable ?? { allowed: false, reasonRequired: false };
  return {
    allowed: naAllowed(base, criterion.naPolicy),
    reasonRequired: naReasonRequired(base, criterion.naPolicy),
    condition: criterion.naPolicy?.policy === 'conditional' ? criterion.naPolicy.condition : null,
  };
}

export interface CriterionEntry {
  domain: Domain;
  criterion: Criterion;
}

/** All criteria in file order, each with its domain. */
export function listCriteria(framework: Framework): CriterionEntry[] {
  return framework.domains.flatMap((domain) =>
    domain.criteria.map((criterion) => ({ domain, criterion })),
  );
}

export function countCriteria(framework: Framework): number {
  return framework.domains.reduce((sum, domain) => sum + domain.criteria.length, 0);
}

/**
 * Canonical content of a framework, used to tell apart two files that claim the same id and
 * version but differ in content (an authoring error: a changed framework needs a new version).
 * "$schema" is excluded because it only serves editors, `facilityTypes` (see below) too.
 */
export function frameworkFingerprint(framework: Framework): string {
  // Facility types say which facilities a framework is for, not how a round is scored: adding
  // or relabelling one must not make stored rounds and exchange files look like another version.
  const { $schema: _schema, facilityTypes: _types, ...content } = framework;
  // A framework format 1 can express is fingerprinted in its format-1 form, so hashes taken
  // before format 2 existed (stored rounds, exchange files, backups) stay valid.
  const v1 = toFormatV1(content);
  if (v1 === null) return canonicalJson(content);
  const { $schema: _s, ...v1Content } = v1;
  return canonicalJson(v1Content);
}

/**
 * Short stable hash of the fingerprint (cyrb53, 53 bits as 14 hex digits) for storing or
 * comparing without keeping the whole canonical text. Not cryptographic: it guards against
 * mistakes, not against tampering.
 */
export function frameworkContentHash(framework: Framework): string {
  const text = frameworkFingerprint(framework);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return hash.toString(16).padStart(14, '0');
}
