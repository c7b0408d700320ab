import fc from 'fast-check';

/**
 * How many runs a property gets: `wanted`, or fewer when the run has lowered fast-check's global
 * numRuns (the mutation run does, in tests/mutation-setup.ts, because every mutant re-runs the
 * properties that cover it). A property that names its own numRuns would otherwise ignore the
 * global setting.
 */
export function runs(wanted: number): number {
  const cap = fc.readConfigureGlobal().numRuns;
  return cap === undefined ? wanted : Math.min(wanted, cap);
}
