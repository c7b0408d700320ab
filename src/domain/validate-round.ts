/**
 * The one semantic check of a round (an assessment record) against the framework version it was
 * made under. Every door into the database that brings rounds from a file (backup restore now,
 * exchange-file import later) calls this same function, so a rule is written once.
 *
 * The shape (types, required fields) is checked earlier by the Zod schemas; this checks meaning:
 * levels on the scale, known criterion ids, N/A rules, links to the previous round, status and
 * dates, plausible timestamps, bounded strings and a revision that can never overflow.
 *
 * Problems are data (a code, a path relative to the round, parameters), never sentences: the
 * sentences live in the i18n catalogues (`validation` namespace). Pure: the clock is injected.
 */

import { naAllowed, naReasonRequired, type CriterionNaRule } from './na-policy';

/** Structural framework shape this check needs; a validated Framework fits it. */
export interface RoundFrameworkScale {
  readonly id: string;
  readonly levels: readonly { readonly value: number }[];
  readonly notApplicable: { readonly allowed: boolean; readonly reasonRequired: boolean };
}

export interface RoundFramework {
  readonly id: string;
  readonly version: string;
  readonly defaultScale: string;
  readonly scales: readonly RoundFrameworkScale[];
  readonly domains: readonly {
    readonly criteria: readonly {
      readonly id: string;
      readonly scale?: string | undefined;
      readonly naPolicy?: CriterionNaRule | undefined;
    }[];
  }[];
}

/** Structural round shape (the stored Assessment record fits it). */
export interface RoundAnswer {
  readonly level: number | null;
  readonly notApplicable: boolean;
  readonly naReason: string;
  readonly target: number | null;
  readonly updatedAt: string;
  readonly actions: readonly { readonly dueDate: string | null }[];
  /** A level carried from an earlier framework version, not yet confirmed (issue 14). */
  readonly proposal?:
    { readonly level: number | null; readonly notApplicable: boolean } | undefined;
}

export interface Round {
  readonly id: string;
  readonly facilityId: string;
  readonly frameworkId: string;
  readonly frameworkVersion: string;
  readonly status: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly finalisedAt: string | null;
  readonly reopenings: readonly { readonly at: string }[];
  readonly revision: number;
  readonly previousAssessmentId: string | null;
  readonly answers: Readonly<Record<string, RoundAnswer>>;
}

/** What the previous-round rule needs to know about another round. */
export interface RoundLink {
  readonly facilityId: string;
  readonly createdAt: string;
}

export interface RoundContext {
  /** The framework version the round names, resolved by the caller; undefined if unknown. */
  readonly framework: RoundFramework | undefined;
  /** Looks up a round the previous link may point at (in the same file or already stored). */
  readonly findRound: (id: string) => RoundLink | undefined;
  /** The current time (injected, so tests never depend on the date). */
  readonly now: Date;
  /** How far in the future a timestamp may lie (another device's clock). Default 1 hour. */
  readonly clockSkewMs?: number;
  /** Stop after this many problems (a hostile file could yield millions). Default 50. */
  readonly maxProblems?: number;
}

export const ROUND_PROBLEM_CODES = [
  'framework-unknown',
  'framework-mismatch',
  'unknown-criterion',
  'level-off-scale',
  'target-off-scale',
  'na-not-allowed',
  'na-with-level',
  'na-reason-missing',
  'proposal-off-scale',
  'proposal-in-final',
  'previous-self',
  'previous-missing',
  'previous-other-facility',
  'previous-not-earlier',
  'finalised-without-date',
  'concept-with-finalised-date',
  'updated-before-created',
  'finalised-out-of-order',
  'reopened-out-of-order',
  'timestamp-invalid',
  'timestamp-in-future',
  'timestamp-too-early',
  'date-out-of-range',
  'string-too-long',
  'key-too-long',
  'revision-too-large',
] as const;

export type RoundProblemCode = (typeof ROUND_PROBLEM_CODES)[number];

export type RoundPathSegment = string | number;

export interface RoundProblem {
  readonly code: RoundProblemCode;
  /** Path inside the round, e.g. ['answers', 'c-1', 'level']; the caller adds its prefix. */
  readonly path: readonly RoundPathSegment[];
  /** Values for the message; strings are already clipped to MAX_ECHO_LENGTH. */
  readonly params: Readonly<Record<string, string | number>>;
}

/** Revisions stay far below Number.MAX_SAFE_INTEGER, so `revision + 1` is always exact. */
export const MAX_REVISION = 1_000_000_000;
/** Nothing this app stores is older; earlier stamps are damage, not history. */
export const EARLIEST_PLAUSIBLE_TIME = Date.UTC(2000, 0, 1);
/** Action due dates: a plan runs years, not centuries. */
export const LATEST_PLAUSIBLE_DUE_DATE = '2199-12-31';
export const EARLIEST_PLAUSIBLE_DUE_DATE = '2000-01-01';
export const DEFAULT_CLOCK_SKEW_MS = 60 * 60 * 1000;
export const DEFAULT_MAX_PROBLEMS = 50;
/** The longest text field of a round (an evidence note, an action). */
export const MAX_ROUND_STRING_LENGTH = 5000;
/** Object keys are ids; the longest id is 100 characters. */
export const MAX_ROUND_KEY_LENGTH = 100;
/** Echoed values (ids, keys) are clipped to this length in problems and messages. */
export const MAX_ECHO_LENGTH = 60;

/** A value clipped for display: never echoes more than `max` characters of outside input. */
export function clipForEcho(value: string, max: number = MAX_ECHO_LENGTH): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

class ProblemList {
  readonly items: RoundProblem[] = [];
  constructor(private readonly limit: number) {}
  get full(): boolean {
    return this.items.length >= this.limit;
  }
  add(
    code: RoundProblemCode,
    path: readonly RoundPathSegment[],
    params: Record<string, string | number> = {},
  ): void {
    if (this.full) return;
    const clipped: Record<string, string | number> = {};
    for (const [key, value] of Object.entries(params)) {
      clipped[key] = typeof value === 'string' ? clipForEcho(value) : value;
    }
    this.items.push({
      code,
      path: path.map((s) => (typeof s === 'string' ? clipForEcho(s, MAX_ROUND_KEY_LENGTH) : s)),
      params: clipped,
    });
  }
}

function own<T>(record: Readonly<Record<string, T>>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

function scaleOf(framework: RoundFramework, scaleId: string | undefined) {
  const id = scaleId ?? framework.defaultScale;
  return framework.scales.find((scale) => scale.id === id);
}

function checkStrings(value: unknown, path: RoundPathSegment[], problems: ProblemList): void {
  // Iterative, bounded by the data itself (already shape-checked, so shallow). A round holds
  // thousands of values and almost never a problem: each stack entry keeps its parent and key,
  // and a path is only spelled out for a problem.
  const values: unknown[] = [value];
  const parents: number[] = [-1];
  const keys: RoundPathSegment[] = [''];
  // The containers visited so far: parent index and key of each.
  const nodeParents: number[] = [];
  const nodeKeys: RoundPathSegment[] = [];
  // The root (the only node without a parent) adds no segment.
  const pathTo = (parent: number, key: RoundPathSegment | null): RoundPathSegment[] => {
    const segments: RoundPathSegment[] = key === null ? [] : [key];
    for (let node = parent; node >= 0 && nodeParents[node]! >= 0; node = nodeParents[node]!) {
      segments.push(nodeKeys[node]!);
    }
    return [...path, ...segments.reverse()];
  };
  while (values.length > 0 && !problems.full) {
    const current = values.pop();
    const parent = parents.pop()!;
    const key = keys.pop()!;
    // The root has no key of its own.
    const ownKey = parent < 0 ? null : key;
    if (typeof current === 'string') {
      if (current.length > MAX_ROUND_STRING_LENGTH) {
        problems.add('string-too-long', pathTo(parent, ownKey), {
          length: current.length,
          max: MAX_ROUND_STRING_LENGTH,
        });
      }
    } else if (current !== null && typeof current === 'object') {
      const node = nodeParents.length;
      nodeParents.push(parent);
      nodeKeys.push(key);
      if (Array.isArray(current)) {
        for (let index = 0; index < current.length; index++) {
          values.push(current[index]);
          parents.push(node);
          keys.push(index);
        }
      } else {
        for (const [member, item] of Object.entries(current)) {
          if (member.length > MAX_ROUND_KEY_LENGTH) {
            problems.add('key-too-long', pathTo(parent, ownKey), {
              key: member,
              length: member.length,
              max: MAX_ROUND_KEY_LENGTH,
            });
          }
          values.push(item);
          parents.push(node);
          keys.push(member);
        }
      }
    }
  }
}

/**
 * Checks one round. Returns every problem found (up to `maxProblems`), in a stable order; an
 * empty list means the round may enter the database.
 */
export function validateRound(round: Round, context: RoundContext): RoundProblem[] {
  const problems = new ProblemList(context.maxProblems ?? DEFAULT_MAX_PROBLEMS);
  const now = context.now.getTime();
  const latest = now + (context.clockSkewMs ?? DEFAULT_CLOCK_SKEW_MS);

  checkStrings(round, [], problems);

  if (!Number.isSafeInteger(round.revision) || round.revision > MAX_REVISION) {
    problems.add('revision-too-large', ['revision'], { max: MAX_REVISION });
  }

  // -- timestamps: parseable, not before the app existed, not in the future ---------------------
  const time = (value: string, path: RoundPathSegment[]): number | null => {
    const parsed = Date.parse(value);
    if (Number.isNaN(parsed)) {
      problems.add('timestamp-invalid', path);
      return null;
    }
    if (parsed > latest) {
      problems.add('timestamp-in-future', path, { value });
      return null;
    }
    if (parsed < EARLIEST_PLAUSIBLE_TIME) {
      problems.add('timestamp-too-early', path, { value });
      return null;
    }
    return parsed;
  };
  const created = time(round.createdAt, ['createdAt']);
  const updated = time(round.updatedAt, ['updatedAt']);
  const finalised = round.finalisedAt === null ? null : time(round.finalisedAt, ['finalisedAt']);

  // -- status and dates -------------------------------------------------------------------------
  if (round.status === 'afgerond' && round.finalisedAt === null) {
    problems.add('finalised-without-date', ['finalisedAt']);
  }
  if (round.status !== 'afgerond' && round.finalisedAt !== null) {
    problems.add('concept-with-finalised-date', ['finalisedAt']);
  }
  if (created !== null && updated !== null && updated < created) {
    problems.add('updated-before-created', ['updatedAt']);
  }
  if (
    finalised !== null &&
    ((created !== null && finalised < created) || (updated !== null && finalised > updated))
  ) {
    problems.add('finalised-out-of-order', ['finalisedAt']);
  }
  round.reopenings.forEach((reopening, index) => {
    const at = time(reopening.at, ['reopenings', index, 'at']);
    if (at !== null && ((created !== null && at < created) || (updated !== null && at > updated))) {
      problems.add('reopened-out-of-order', ['reopenings', index, 'at']);
    }
  });

  // -- previous round ---------------------------------------------------------------------------
  const previousId = round.previousAssessmentId;
  if (previousId !== null) {
    const path = ['previousAssessmentId'];
    if (previousId === round.id) problems.add('previous-self', path);
    else {
      const previous = context.findRound(previousId);
      if (!previous) problems.add('previous-missing', path, { id: previousId });
      else if (previous.facilityId !== round.facilityId) {
        problems.add('previous-other-facility', path, { id: previousId });
      } else {
        const previousCreated = Date.parse(previous.createdAt);
        if (created !== null && !(previousCreated < created)) {
          problems.add('previous-not-earlier', path, { id: previousId });
        }
      }
    }
  }

  // -- answers against the framework ------------------------------------------------------------
  const framework = context.framework;
  if (!framework) {
    problems.add('framework-unknown', ['frameworkVersion'], {
      framework: round.frameworkId,
      version: round.frameworkVersion,
    });
  } else if (framework.id !== round.frameworkId || framework.version !== round.frameworkVersion) {
    problems.add('framework-mismatch', ['frameworkVersion'], {
      framework: round.frameworkId,
      version: round.frameworkVersion,
    });
  }
  const criteria = new Map<
    string,
    { scale: string | undefined; naPolicy: CriterionNaRule | undefined }
  >();
  if (framework) {
    for (const domain of framework.domains) {
      for (const criterion of domain.criteria)
        criteria.set(criterion.id, { scale: criterion.scale, naPolicy: criterion.naPolicy });
    }
  }
  // Each scale's level values (and their listing for a message), worked out once per round.
  const scaleLevels = new Map<RoundFrameworkScale, { values: number[]; allowed: string }>();
  for (const criterionId of Object.keys(round.answers)) {
    if (problems.full) break;
    if (!own(round.answers, criterionId)) continue;
    const answer = round.answers[criterionId]!;
    const path = ['answers', criterionId];
    time(answer.updatedAt, [...path, 'updatedAt']);
    answer.actions.forEach((action, index) => {
      if (
        action.dueDate !== null &&
        (action.dueDate < EARLIEST_PLAUSIBLE_DUE_DATE || action.dueDate > LATEST_PLAUSIBLE_DUE_DATE)
      ) {
        problems.add('date-out-of-range', [...path, 'actions', index, 'dueDate'], {
          value: action.dueDate,
        });
      }
    });
    if (!framework) continue;
    if (!criteria.has(criterionId)) {
      problems.add('unknown-criterion', path, {
        criterion: criterionId,
        framework: framework.id,
        version: framework.version,
      });
      continue;
    }
    const criterion = criteria.get(criterionId);
    const scale = scaleOf(framework, criterion?.scale);
    if (!scale) continue; // the framework loader guarantees every criterion's scale exists
    let levels = scaleLevels.get(scale);
    if (!levels) {
      const values = scale.levels.map((level) => level.value);
      levels = { values, allowed: values.join(', ') };
      scaleLevels.set(scale, levels);
    }
    const { values, allowed } = levels;
    if (answer.level !== null && !values.includes(answer.level)) {
      problems.add('level-off-scale', [...path, 'level'], { value: answer.level, allowed });
    }
    if (answer.target !== null && !values.includes(answer.target)) {
      problems.add('target-off-scale', [...path, 'target'], { value: answer.target, allowed });
    }
    const proposal = answer.proposal;
    if (proposal) {
      if (proposal.level !== null && !values.includes(proposal.level)) {
        problems.add('proposal-off-scale', [...path, 'proposal', 'level'], {
          value: proposal.level,
          allowed,
        });
      }
      // A finalised round holds only confirmed answers (finalising refuses pending proposals).
      if (round.status === 'afgerond' && answer.level === null && !answer.notApplicable) {
        problems.add('proposal-in-final', [...path, 'proposal']);
      }
    }
    if (answer.notApplicable) {
      const allowedHere = naAllowed(scale.notApplicable, criterion?.naPolicy);
      if (!allowedHere) problems.add('na-not-allowed', [...path, 'notApplicable']);
      if (answer.level !== null) problems.add('na-with-level', [...path, 'level']);
      // A concept round may hold N/A while its reason is still being written; a finalised one
      // may not (finalising refuses it too).
      if (
        round.status === 'afgerond' &&
        naReasonRequired(scale.notApplicable, criterion?.naPolicy) &&
        answer.naReason.trim() === ''
      ) {
        problems.add('na-reason-missing', [...path, 'naReason']);
      }
    }
  }
  return problems.items;
}
