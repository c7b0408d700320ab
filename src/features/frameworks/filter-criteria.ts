/**
 * Pure search and filter logic for the framework detail page, kept apart from React so it can
 * be unit-tested and reused (e.g. by a future print view).
 */
import type { Criterion, Domain, Framework, ReferenceKind } from '../../schemas/framework';
import { localize } from '../../domain/localize';

export interface CriteriaFilter {
  /** Free text typed by the user; empty = no text filter. */
  query: string;
  /** A reference key (see referenceKey), e.g. "actieplan 3.1"; null or '' = all references. */
  reference: string | null;
  /** UI language: only texts in this language (with the usual nl-BE fallback) are searched. */
  language: string;
}

export interface DomainMatch {
  domain: Domain;
  criteria: Criterion[];
}

export interface CriteriaFilterResult {
  /** Domains with at least one matching criterion, in file order. */
  domains: DomainMatch[];
  /** Number of matching criteria. */
  count: number;
  /** Number of criteria in the framework. */
  total: number;
  /** True when a query or reference narrows the list. */
  active: boolean;
}

/**
 * Folds text for matching: lower case, accents removed ("Medische" and "medisch" meet, as do
 * "Continuïteit" and "continuiteit"), runs of whitespace collapsed.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits a query into folded words; every word must occur for a criterion to match. */
export function queryTerms(query: string): string[] {
  const folded = foldForSearch(query);
  return folded === '' ? [] : folded.split(' ');
}

/**
 * Orders plan action numbers numerically, segment by segment ("2.9" before "2.10"), with
 * non-numeric ones such as "addendum" after all numbers, alphabetically.
 */
export function comparePlanActions(a: string, b: string): number {
  const numeric = /^\d+(\.\d+)*$/;
  const aNum = numeric.test(a);
  const bNum = numeric.test(b);
  if (aNum !== bNum) return aNum ? -1 : 1;
  if (!aNum) return a.localeCompare(b);
  const as = a.split('.').map(Number);
  const bs = b.split('.').map(Number);
  for (let i = 0; i < Math.max(as.length, bs.length); i++) {
    const x = as[i] ?? -1;
    const y = bs[i] ?? -1;
    if (x !== y) return x - y;
  }
  return 0;
}

/** One value of the reference filter: a reference of a declared kind. */
export interface ReferenceOption {
  key: string;
  kind: ReferenceKind;
  ref: string;
}

/** Filter value of a reference: kind and reference, which may themselves hold spaces. */
export function referenceKey(kind: string, ref: string): string {
  return `${kind} ${ref}`;
}

/**
 * The distinct references used by any criterion, grouped by kind in the order the framework
 * declares its kinds; plan actions sorted numerically, other references alphabetically.
 */
export function listReferences(framework: Framework): ReferenceOption[] {
  const options: ReferenceOption[] = [];
  for (const kind of framework.referenceKinds) {
    const seen = new Set<string>();
    for (const domain of framework.domains) {
      for (const criterion of domain.criteria) {
        for (const reference of criterion.references) {
          if (reference.kind === kind.id) seen.add(reference.ref);
        }
      }
    }
    const refs = [...seen].sort(
      kind.type === 'plan-action' ? comparePlanActions : (a, b) => a.localeCompare(b),
    );
    for (const ref of refs) options.push({ key: referenceKey(kind.id, ref), kind, ref });
  }
  return options;
}

function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  return terms.every((term) => haystack.includes(term));
}

/**
 * Criteria whose title, description or code, or whose domain's title, contains every word of
 * the query (accent- and case-insensitive, in the given language), and that carry the given
 * reference. Matching on the domain title means a search for a theme ("vermissing") shows
 * the whole domain.
 */
export function filterCriteria(framework: Framework, filter: CriteriaFilter): CriteriaFilterResult {
  const terms = queryTerms(filter.query);
  const wanted = filter.reference ? filter.reference : null;
  const domains: DomainMatch[] = [];
  let count = 0;
  let total = 0;

  for (const domain of framework.domains) {
    total += domain.criteria.length;
    const domainText = foldForSearch(`${domain.code} ${localize(domain.title, filter.language)}`);
    const criteria = domain.criteria.filter((criterion) => {
      if (
        wanted !== null &&
        !criterion.references.some((r) => referenceKey(r.kind, r.ref) === wanted)
      ) {
        return false;
      }
      if (terms.length === 0) return true;
      const criterionText = foldForSearch(
        [
          criterion.code,
          localize(criterion.title, filter.language),
          localize(criterion.description, filter.language),
        ].join(' '),
      );
      return matchesTerms(`${domainText} ${criterionText}`, terms);
    });
    if (criteria.length > 0) {
      domains.push({ domain, criteria });
      count += criteria.length;
    }
  }

  return { domains, count, total, active: terms.length > 0 || wanted !== null };
}
