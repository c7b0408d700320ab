import type { Result } from '../domain/result';

/**
 * Error model of the database layer. Repository functions never throw: every write returns a
 * WriteResult, and whatever IndexedDB, Dexie or our own checks raise is reduced to one DbError
 * kind the UI can explain in plain words.
 */

export type DbErrorKind =
  'quota' | 'aborted' | 'conflict' | 'not-found' | 'locked' | 'invalid' | 'unavailable' | 'unknown';

export interface DbError {
  kind: DbErrorKind;
  detail?: string;
}

export type WriteResult<T> = Result<T, DbError>;

/**
 * Thrown inside a transaction callback to abort it with a known kind (the abort rolls back every
 * write made in that transaction); toDbError turns it back into a DbError.
 */
export class DbOperationError extends Error {
  readonly kind: DbErrorKind;
  readonly detail: string | undefined;

  constructor(kind: DbErrorKind, detail?: string) {
    super(detail ? `${kind}: ${detail}` : kind);
    this.name = 'DbOperationError';
    this.kind = kind;
    this.detail = detail;
  }
}

/** A read that failed: thrown (not returned) so a live query surfaces it to the screen. */
export class DbReadError extends DbOperationError {
  constructor(kind: DbErrorKind, detail?: string) {
    super(kind, detail);
    this.name = 'DbReadError';
  }
}

export function isDbReadError(value: unknown): value is DbReadError {
  return (
    value instanceof DbReadError || (value as { name?: unknown } | null)?.name === 'DbReadError'
  );
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
// Legacy DOMException codes: 22 = QUOTA_EXCEEDED_ERR, 1014 = Firefox NS_ERROR_DOM_QUOTA_REACHED.
const QUOTA_CODES = new Set([22, 1014]);

const KIND_BY_NAME: Readonly<Record<string, DbErrorKind>> = {
  // The database cannot be used right now (closed by another tab's upgrade, private mode, ...).
  DatabaseClosedError: 'unavailable',
  MissingAPIError: 'unavailable',
  OpenFailedError: 'unavailable',
  VersionError: 'unavailable',
  VersionChangeError: 'unavailable',
  UpgradeError: 'unavailable',
  NoSuchDatabaseError: 'unavailable',
  InvalidStateError: 'unavailable',
  SecurityError: 'unavailable',
  // IndexedDB reports a missing object store (schema mismatch) as NotFoundError.
  NotFoundError: 'unavailable',
  // The value or key itself is wrong.
  DataError: 'invalid',
  DataCloneError: 'invalid',
  InvalidArgumentError: 'invalid',
  SchemaError: 'invalid',
  ZodError: 'invalid',
  // add() on an existing key.
  ConstraintError: 'conflict',
  AbortError: 'aborted',
  TimeoutError: 'aborted',
};

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
}

function asErrorLike(value: unknown): ErrorLike | null {
  return value !== null && typeof value === 'object' ? (value as ErrorLike) : null;
}

/**
 * Every error reachable from `e`: Dexie wraps the real cause in `inner` (an AbortError whose inner
 * is the QuotaExceededError, for instance), standard errors use `cause`, and Dexie's BulkError and
 * ModifyError carry a list of `failures`. Bounded, because these chains come from outside.
 */
function errorChain(e: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  const seen = new Set<unknown>();
  const queue: unknown[] = [e];
  while (queue.length > 0 && out.length < 32) {
    const current = queue.shift();
    const like = asErrorLike(current);
    if (!like || seen.has(like)) continue;
    seen.add(like);
    out.push(like);
    queue.push(like.inner, like.cause);
    if (Array.isArray(like.failures)) queue.push(...like.failures.slice(0, 8));
    else if (like.failures && typeof like.failures === 'object') {
      queue.push(...Object.values(like.failures).slice(0, 8));
    }
  }
  return out;
}

function isQuota(error: ErrorLike): boolean {
  if (typeof error.name === 'string' && QUOTA_NAMES.has(error.name)) return true;
  return (
    typeof DOMException !== 'undefined' &&
    error instanceof DOMException &&
    QUOTA_CODES.has(error.code as number)
  );
}

function describe(error: ErrorLike | undefined): string | undefined {
  if (!error) return undefined;
  const name = typeof error.name === 'string' ? error.name : '';
  const message = typeof error.message === 'string' ? error.message : '';
  const text = name && message ? `${name}: ${message}` : name || message;
  return text ? text.slice(0, 300) : undefined;
}

/** Maps anything thrown by IndexedDB, Dexie or a repository to a DbError. Never throws. */
export function toDbError(e: unknown): DbError {
  try {
    if (e instanceof DbOperationError) {
      return e.detail === undefined ? { kind: e.kind } : { kind: e.kind, detail: e.detail };
    }
    const chain = errorChain(e);
    const detail = describe(chain[0]) ?? (typeof e === 'string' ? e.slice(0, 300) : undefined);
    const withDetail = (kind: DbErrorKind): DbError =>
      detail === undefined ? { kind } : { kind, detail };

    // A full disk aborts the transaction, so quota usually arrives nested in an AbortError:
    // look through the whole chain before settling for a more generic kind.
    if (chain.some(isQuota)) return withDetail('quota');
    const own = chain.find((item): item is DbOperationError => item instanceof DbOperationError);
    if (own)
      return own.detail === undefined ? { kind: own.kind } : { kind: own.kind, detail: own.detail };

    // The most specific recognised cause wins over a generic wrapper ("AbortError" around a
    // ConstraintError is a conflict), so specific kinds are preferred over 'aborted'.
    let fallback: DbErrorKind | null = null;
    for (const item of chain) {
      const kind = typeof item.name === 'string' ? KIND_BY_NAME[item.name] : undefined;
      if (!kind) continue;
      if (kind !== 'aborted') return withDetail(kind);
      fallback ??= kind;
    }
    return withDetail(fallback ?? 'unknown');
  } catch {
    return { kind: 'unknown' };
  }
}

export function isDbError(value: unknown): value is DbError {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { kind?: unknown }).kind === 'string'
  );
}
