/**
 * What differs between two versions of a round's answers, per criterion and per field, for the
 * conflict view of an import (the user keeps one version and should see what they give up).
 * Pure; compares values, never update times (an answer saved twice with the same content is
 * not a difference).
 */
import { canonicalJson } from './framework-model';

export const ANSWER_FIELDS = [
  'level',
  'notApplicable',
  'naReason',
  'target',
  'evidence',
  'actions',
  'toDiscuss',
] as const;
export type AnswerField = (typeof ANSWER_FIELDS)[number];

/** The answer fields compared here (the stored Answer fits it). */
export interface ComparableAnswer {
  readonly level: number | null;
  readonly notApplicable: boolean;
  readonly naReason: string;
  readonly target: number | null;
  readonly evidence: readonly unknown[];
  readonly actions: readonly unknown[];
  readonly toDiscuss: boolean;
}

const EMPTY: ComparableAnswer = {
  level: null,
  notApplicable: false,
  naReason: '',
  target: null,
  evidence: [],
  actions: [],
  toDiscuss: false,
};

export interface AnswerDifference {
  criterionId: string;
  /** The fields whose values differ; an absent answer counts as an empty one. */
  fields: AnswerField[];
}

function sameField(a: ComparableAnswer, b: ComparableAnswer, field: AnswerField): boolean {
  if (field === 'evidence' || field === 'actions') {
    return canonicalJson(a[field]) === canonicalJson(b[field]);
  }
  return a[field] === b[field];
}

/**
 * The criteria whose answers differ, in `order` (the framework's criterion order) first, then
 * any other criterion ids in sorted order.
 */
export function answerDifferences(
  local: Readonly<Record<string, ComparableAnswer>>,
  incoming: Readonly<Record<string, ComparableAnswer>>,
  order: readonly string[] = [],
): AnswerDifference[] {
  const own = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);
  const ids = new Set<string>();
  const known = new Set(order);
  for (const id of order) if (own(local, id) || own(incoming, id)) ids.add(id);
  const rest = [...new Set([...Object.keys(local), ...Object.keys(incoming)])]
    .filter((id) => !known.has(id))
    .sort();
  for (const id of rest) ids.add(id);
  const differences: AnswerDifference[] = [];
  for (const criterionId of ids) {
    const a = own(local, criterionId) ? local[criterionId]! : EMPTY;
    const b = own(incoming, criterionId) ? incoming[criterionId]! : EMPTY;
    const fields = ANSWER_FIELDS.filter((field) => !sameField(a, b, field));
    if (fields.length > 0) differences.push({ criterionId, fields });
  }
  return differences;
}
