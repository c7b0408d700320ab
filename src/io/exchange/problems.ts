import type { RoundProblemCode } from '../../domain/validate-round';
import type { Message } from '../../domain/message';

/**
 * Why a file (or a round in it) is refused. The sentence for each code lives in the i18n
 * catalogues (`exchange` namespace, `problems.<code>`), filled with `params`; `detail` carries
 * a catalogue message of a shared checker (Zod shape issues, the framework loader;
 * rendered with renderMessage).
 */
export type ExchangeProblemCode =
  | 'too-large'
  | 'batch-too-large'
  | 'batch-too-many'
  | 'unreadable'
  | 'empty'
  | 'not-json'
  | 'too-deep'
  | 'forbidden-key'
  | 'not-exchange'
  | 'is-backup'
  | 'is-framework'
  | 'format-version-newer'
  | 'format-version-unknown'
  | 'invalid-field'
  | 'hash-mismatch'
  | 'passphrase-needed'
  | 'wrong-passphrase'
  | 'damaged-ciphertext'
  | 'duplicate-round'
  | 'framework-unknown'
  | 'framework-differs'
  | 'framework-invalid'
  | 'framework-hash-mismatch'
  | 'round-invalid'
  | 'own-facility-mismatch'
  | 'local-data-unavailable'
  | 'internal-error';

export interface ExchangeProblem {
  code: ExchangeProblemCode;
  /** JSON path inside the file (`$` = the whole file), e.g. `$.payload.rounds[1].answers`. */
  path: string;
  params?: Record<string, string | number>;
  detail?: Message;
  /** For 'round-invalid': the finding of validateRound; its sentence is `validation:round.<code>`. */
  roundCode?: RoundProblemCode;
}

export const problem = (
  code: ExchangeProblemCode,
  path = '$',
  params?: Record<string, string | number>,
  detail?: Message,
): ExchangeProblem => ({
  code,
  path,
  ...(params ? { params } : {}),
  ...(detail ? { detail } : {}),
});

/** More problems than this per file are cut off; the first ones say enough. */
export const MAX_PROBLEMS_PER_FILE = 20;
