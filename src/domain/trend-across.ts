/**
 * A facility's trend across framework versions (issue 14). Rounds of one framework, in date
 * order, may change version; between two such rounds lies a version break. A domain or criterion
 * line continues across a break only where the newer version's lineage says the meaning did not
 * change (unchanged, reworded) and the break goes from the version that lineage names. Elsewhere
 * the earlier line ends at the break and a new line starts after it.
 *
 * Pure; frameworks are structural (a validated Framework fits).
 */
import type { LineageRelation } from '../schemas/framework';
import { SAME_MEANING_RELATIONS } from './lineage';
import type { AssessmentResult } from './scoring';

export interface AcrossFrameworkCriterion {
  readonly id: string;
  readonly code: string;
  readonly lineage?: { readonly relation: LineageRelation; readonly from: readonly string[] };
}

export interface AcrossFramework {
  readonly version: string;
  readonly lineage?: { readonly previousVersion: string };
  readonly domains: readonly {
    readonly id: string;
    readonly code: string;
    readonly criteria: readonly AcrossFrameworkCriterion[];
  }[];
}

export interface AcrossRoundInput {
  readonly assessmentId: string;
  readonly label: string;
  readonly date: string;
  readonly frameworkVersion: string;
  readonly result: AssessmentResult;
}

export interface VersionBreak {
  /** The break lies between rounds[afterIndex] and rounds[afterIndex + 1]. */
  readonly afterIndex: number;
  readonly fromVersion: string;
  readonly toVersion: string;
  /** The newer version's lineage names the earlier one: same-meaning lines may continue. */
  readonly linked: boolean;
}

export interface AcrossLine {
  readonly key: string;
  readonly kind: 'domain' | 'criterion';
  /** Id and code in the latest version the line reaches. */
  readonly id: string;
  readonly code: string;
  /** The domain the line belongs to (its own id for a domain line), in that version. */
  readonly domainId: string;
  /** The versions the line spans, oldest first. */
  readonly versions: readonly string[];
  /** One value per round (0..100); null where not scored or outside the line's span. */
  readonly values: readonly (number | null)[];
  /** Index of the first and the last round the line spans. */
  readonly start: number;
  readonly end: number;
}

export interface AcrossTrend {
  readonly rounds: readonly Omit<AcrossRoundInput, 'result'>[];
  readonly breaks: readonly VersionBreak[];
  readonly domains: readonly AcrossLine[];
  readonly criteria: readonly AcrossLine[];
}

interface MutableLine {
  key: string;
  kind: 'domain' | 'criterion';
  id: string;
  code: string;
  domainId: string;
  versions: string[];
  values: (number | null)[];
  start: number;
  end: number;
}

function compareRounds(a: AcrossRoundInput, b: AcrossRoundInput): number {
  const ta = Date.parse(a.date);
  const tb = Date.parse(b.date);
  if (ta !== tb && !Number.isNaN(ta) && !Number.isNaN(tb)) return ta < tb ? -1 : 1;
  return a.date.localeCompare(b.date) || a.assessmentId.localeCompare(b.assessmentId);
}

function sameMeaning(criterion: AcrossFrameworkCriterion): string | null {
  const lineage = criterion.lineage;
  if (!lineage || !SAME_MEANING_RELATIONS.includes(lineage.relation)) return null;
  return lineage.from.length === 1 ? lineage.from[0]! : null;
}

/**
 * Domains whose line continues across a linked break: the domain keeps its id, and its criteria
 * are exactly the earlier domain's criteria, each carried with the same meaning.
 */
function continuingDomains(later: AcrossFramework, earlier: AcrossFramework): Set<string> {
  const out = new Set<string>();
  for (const domain of later.domains) {
    const before = earlier.domains.find((d) => d.id === domain.id);
    if (!before || before.criteria.length !== domain.criteria.length) continue;
    const earlierIds = new Set(before.criteria.map((c) => c.id));
    const sources = domain.criteria.map(sameMeaning);
    if (
      sources.every((s) => s !== null && earlierIds.has(s)) &&
      new Set(sources).size === sources.length
    )
      out.add(domain.id);
  }
  return out;
}

/**
 * Lines per domain and per criterion over `rounds` (one framework id, any versions), given the
 * frameworks by version. Rounds whose version is missing from `frameworks` are left out.
 */
export function trendAcrossVersions(
  rounds: readonly AcrossRoundInput[],
  frameworks: ReadonlyMap<string, AcrossFramework>,
): AcrossTrend {
  const sorted = rounds.filter((r) => frameworks.has(r.frameworkVersion)).sort(compareRounds);
  const n = sorted.length;
  const domainLines: MutableLine[] = [];
  const criterionLines: MutableLine[] = [];
  const breaks: VersionBreak[] = [];
  let openDomains = new Map<string, MutableLine>();
  let openCriteria = new Map<string, MutableLine>();

  const newLine = (
    kind: 'domain' | 'criterion',
    id: string,
    code: string,
    domainId: string,
    version: string,
    index: number,
  ): MutableLine => {
    const line: MutableLine = {
      key: `${kind}:${version}:${id}:${index}`,
      kind,
      id,
      code,
      domainId,
      versions: [version],
      values: Array.from({ length: n }, () => null),
      start: index,
      end: index,
    };
    (kind === 'domain' ? domainLines : criterionLines).push(line);
    return line;
  };

  sorted.forEach((round, index) => {
    const framework = frameworks.get(round.frameworkVersion)!;
    const previous = index > 0 ? sorted[index - 1] : undefined;
    const isBreak = previous !== undefined && previous.frameworkVersion !== round.frameworkVersion;
    const earlier = previous ? frameworks.get(previous.frameworkVersion) : undefined;
    const linked =
      isBreak && earlier !== undefined && framework.lineage?.previousVersion === earlier.version;
    if (isBreak) {
      breaks.push({
        afterIndex: index - 1,
        fromVersion: previous.frameworkVersion,
        toVersion: round.frameworkVersion,
        linked,
      });
    }
    const keepDomains = linked && earlier ? continuingDomains(framework, earlier) : new Set();
    const nextDomains = new Map<string, MutableLine>();
    const nextCriteria = new Map<string, MutableLine>();
    for (const domain of framework.domains) {
      let line = isBreak
        ? keepDomains.has(domain.id)
          ? openDomains.get(domain.id)
          : undefined
        : openDomains.get(domain.id);
      if (!line)
        line = newLine('domain', domain.id, domain.code, domain.id, round.frameworkVersion, index);
      nextDomains.set(domain.id, line);
      for (const criterion of domain.criteria) {
        let cLine: MutableLine | undefined;
        if (!isBreak) cLine = openCriteria.get(criterion.id);
        else if (linked) {
          const source = sameMeaning(criterion);
          cLine = source === null ? undefined : openCriteria.get(source);
        }
        if (!cLine) {
          cLine = newLine(
            'criterion',
            criterion.id,
            criterion.code,
            domain.id,
            round.frameworkVersion,
            index,
          );
        }
        nextCriteria.set(criterion.id, cLine);
      }
    }
    const domainScores = new Map(round.result.domains.map((d) => [d.domainId, d.score]));
    const criterionScores = new Map(
      round.result.domains.flatMap((d) =>
        d.criteria.map((c) => [c.criterionId, c.normalisedScore]),
      ),
    );
    for (const [id, line] of nextDomains) {
      touch(line, index, round.frameworkVersion, id, framework);
      line.values[index] = domainScores.get(id) ?? null;
    }
    for (const [id, line] of nextCriteria) {
      touch(line, index, round.frameworkVersion, id, framework);
      line.values[index] = criterionScores.get(id) ?? null;
    }
    openDomains = nextDomains;
    openCriteria = nextCriteria;
  });

  const freeze = (line: MutableLine): AcrossLine => ({ ...line });
  return {
    rounds: sorted.map(({ result: _result, ...rest }) => rest),
    breaks,
    domains: domainLines.map(freeze),
    criteria: criterionLines.map(freeze),
  };
}

function touch(
  line: MutableLine,
  index: number,
  version: string,
  id: string,
  framework: AcrossFramework,
): void {
  line.end = index;
  if (!line.versions.includes(version)) line.versions.push(version);
  if (line.id !== id || line.versions.length > 1) {
    line.id = id;
    for (const domain of framework.domains) {
      if (line.kind === 'domain' && domain.id === id) line.code = domain.code;
      for (const criterion of domain.criteria) {
        if (line.kind === 'criterion' && criterion.id === id) {
          line.code = criterion.code;
          line.domainId = domain.id;
        }
      }
    }
  }
}

/** Whether a line crosses at least one version break. */
export function crossesBreak(line: AcrossLine): boolean {
  return line.versions.length > 1;
}
