import { validateRound, type RoundLink } from '../domain/validate-round';
import { formatJsonPath, type PathSegment } from '../io/framework-issue';
import { problem, type ExchangeProblem } from '../io/exchange/problems';
import type { ExchangeRound } from '../schemas/exchange';
import type { Framework } from '../schemas/framework';

/**
 * The semantic check of an imported round against its framework: the one implementation in
 * src/domain/validate-round.ts (shared with backup restore), its findings turned into exchange
 * problems whose sentences come from the `validation` catalogue.
 */
export function validateImportedRound(
  round: ExchangeRound,
  facilityId: string,
  framework: Framework,
  path: readonly PathSegment[],
  findRound: (id: string) => RoundLink | undefined,
  now: Date,
): ExchangeProblem[] {
  return validateRound(
    { ...round, facilityId },
    { framework, findRound, now, maxProblems: 20 },
  ).map((found) => ({
    ...problem('round-invalid', formatJsonPath([...path, ...found.path]), { ...found.params }),
    roundCode: found.code,
  }));
}
