/**
 * Pure helpers around a validated framework (see src/io/framework-loader.ts).
 * Only `import type` from the schema so domain/ stays free of Zod at runtime.
 */
import type { Criterion, Domain, Framework, Scale } from '../schemas/framework';

export function findScale(framework: Framework, scaleId: string): Scale | undefined {
  return framework.scales.find((scale) => scale.id === scaleId);
}

/** The scale a criterion is answered on: its own `scale`, else the framework's `defaultScale`. */
export function criterionScale(framework: Framework, criterion: Criterion): Scale | undefined {
  return findScale(framework, criterion.scale ?? framework.defaultScale);
}

/** Minimum expected level (default target): the criterion's `normLevel`, else the framework's. */
export function criterionNorm(framework: Framework, criterion: Criterion): number {
  return criterion.normLevel ?? framework.normLevel;
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
 * JSON with object keys sorted at every level, so two structurally equal values always give
 * the same string regardless of key order in the source file. Array order is kept: it is
 * meaningful (domain order, level order). `undefined` object members are dropped, as in JSON.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined) out[key] = sortKeys(member);
    }
    return out;
  }
  return value;
}

/**
 * Canonical content of a framework, used to tell apart two files that claim the same id and
 * version but differ in content (an authoring error: a changed framework needs a new version).
 * "$schema" is excluded because it only serves editors.
 */
export function frameworkFingerprint(framework: Framework): string {
  const { $schema: _schema, ...content } = framework;
  return canonicalJson(content);
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
