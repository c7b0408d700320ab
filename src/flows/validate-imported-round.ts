import type { PathSegment } from '../io/framework-issue';
import type { ExchangeProblem } from '../io/exchange/problems';
import type { ExchangeRound } from '../schemas/exchange';
import type { Framework } from '../schemas/framework';

/**
 * The semantic check of an imported round against its framework (scale, criterion ids, N/A
 * rules, previous-round links, dates). ISSUE-9 CALL SITE: the one implementation of those rules
 * lands in src/domain/validate-round.ts (issue 9); this adapter turns its findings into exchange
 * problems. Until it lands, only the shape checks of the schema apply; no second copy of the
 * rules is written here.
 */
export function validateImportedRound(
  _round: ExchangeRound,
  _framework: Framework,
  _path: readonly PathSegment[],
): ExchangeProblem[] {
  return [];
}
