/**
 * Whether a criterion may be marked N/A, and whether a reason is then needed.
 *
 * A scale carries the default rule (`scale.notApplicable`); since framework format 2 a criterion
 * may carry its own `naPolicy`, so a framework can forbid N/A on its safety criteria without
 * copying the scale. Structural types only, so scoring and round validation can use it without
 * the schema.
 */

export interface ScaleNaRule {
  readonly allowed: boolean;
  readonly reasonRequired?: boolean | undefined;
}

export interface CriterionNaRule {
  readonly policy: string;
}

/** N/A may be chosen: the criterion's policy when it has one, else the scale's rule. */
export function naAllowed(scale: ScaleNaRule, policy?: CriterionNaRule | undefined): boolean {
  if (policy === undefined) return scale.allowed;
  return policy.policy === 'allowed' || policy.policy === 'conditional';
}

/**
 * A reason must accompany N/A. Always so under a conditional policy: the reason is where the
 * team states that the condition holds.
 */
export function naReasonRequired(
  scale: ScaleNaRule,
  policy?: CriterionNaRule | undefined,
): boolean {
  if (!naAllowed(scale, policy)) return false;
  if (policy?.policy === 'conditional') return true;
  return scale.reasonRequired === true;
}
