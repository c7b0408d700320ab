import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Test file order for the mutation run (vitest.mutation.config.ts): cheapest first. Stryker stops
 * a mutant's run at its first failing test, so a mutant that a quick unit test kills should not
 * wait for the slow files (key derivation, the database flows) that vitest would start first.
 * Project groups (shared module graph before isolated files) keep their order.
 */
export default class CheapestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cost = (spec: TestSpecification): number => {
      const key = `${spec.project.name}:${relative(this.ctx.config.root, spec.moduleId)}`;
      return (
        this.ctx.cache.getFileTestResults(key)?.duration ??
        this.ctx.cache.getFileStats(key)?.size ??
        Number.MAX_SAFE_INTEGER
      );
    };
    return [...files].sort(
      (a, b) =>
        a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder ||
        cost(a) - cost(b),
    );
  }
}
