import { scoreAssessment } from '../../domain/scoring';
import type { AssessmentResult, ScoringAnswer, ScoringFramework } from '../../domain/scoring';

/**
 * The worked example of the help page, scored by the real scoring code so the numbers shown can
 * never drift from the rules applied. Four criteria in two domains on the 1..5 growth scale,
 * norm 4: one answered with weight 2, one answered above the norm, one N/A, one unanswered.
 */
export const EXAMPLE_FRAMEWORK: ScoringFramework = {
  id: 'voorbeeld',
  version: '1.0.0',
  normLevel: 4,
  defaultScale: 'groei-pdca',
  scales: [
    {
      id: 'groei-pdca',
      type: 'ordinal',
      levels: [{ value: 1 }, { value: 2 }, { value: 3 }, { value: 4 }, { value: 5 }],
      notApplicable: { allowed: true, excludedFromScore: true },
    },
  ],
  domains: [
    {
      id: 'x',
      code: 'X',
      criteria: [
        { id: 'a', code: 'X.1', weight: 2 },
        { id: 'c', code: 'X.2', weight: 1 },
      ],
    },
    {
      id: 'y',
      code: 'Y',
      criteria: [
        { id: 'b', code: 'Y.1', weight: 1 },
        { id: 'd', code: 'Y.2', weight: 1 },
      ],
    },
  ],
};

export const EXAMPLE_ANSWERS: Readonly<Record<string, ScoringAnswer>> = {
  a: { level: 3, notApplicable: false, target: null },
  b: { level: 5, notApplicable: false, target: null },
  c: { level: null, notApplicable: true, target: null },
  d: { level: null, notApplicable: false, target: null },
};

export function scoreExample(): AssessmentResult {
  return scoreAssessment(EXAMPLE_FRAMEWORK, EXAMPLE_ANSWERS);
}
