import { validateRound, type RoundLink } from '../../domain/validate-round';
import type { ExchangeRound } from '../../schemas/exchange';
import type { Framework } from '../../schemas/framework';
import { formatJsonPath, type PathSegment } from '../framework-issue';
import type { ReadExchangeFile } from './format';
import { problem, type ExchangeProblem } from './problems';

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

/**
 * The check of each round that needs nothing from the receiving device, done where the file is
 * read (in a worker): against a bundled framework or one embedded in the file, with a
 * previous-round link that stays inside the file. `null` for a round that needs the device's
 * data (a framework loaded there, a link to a stored round); the page checks those itself.
 * The page uses a result only when it resolves the same framework (bundled first, then
 * embedded), so both places give the same answer.
 */
export function checkRoundsInFile(
  file: ReadExchangeFile,
  bundled: ReadonlyMap<string, Framework>,
  now: Date,
): (ExchangeProblem[] | null)[] {
  const { facility, rounds } = file.payload;
  const embedded = new Map(file.frameworks.map((f) => [`${f.id}@${f.version}`, f]));
  const inFile = new Map(rounds.map((r) => [r.id, r]));
  const findRound = (id: string): RoundLink | undefined => {
    const sibling = inFile.get(id);
    return sibling ? { facilityId: facility.id, createdAt: sibling.createdAt } : undefined;
  };
  return rounds.map((round, index) => {
    const key = `${round.frameworkId}@${round.frameworkVersion}`;
    const framework = bundled.get(key) ?? embedded.get(key);
    const previous = round.previousAssessmentId;
    if (!framework || (previous !== null && !inFile.has(previous))) return null;
    return validateImportedRound(
      round,
      facility.id,
      framework,
      ['payload', 'rounds', index],
      findRound,
      now,
    );
  });
}
