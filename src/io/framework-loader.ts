/**
 * Loads and validates framework files. Both entry points return a result and never throw:
 * framework files come from outside (imports, downloads), so every failure must become a
 * readable problem list (catalogue messages, src/domain/message.ts) with the JSON path of each
 * problem.
 *
 * Pipeline: size cap → empty → nesting depth → JSON.parse → forbidden keys → formatVersion →
 * format 1: its own Zod schema and norm rules, then the pure migration to format 2
 * (domain/framework-migration) → Zod schema (all issues) → cross-field rules (all issues).
 */
import { migrateFrameworkV1 } from '../domain/framework-migration';
import {
  CURRENT_FORMAT_VERSION,
  FrameworkSchema,
  FrameworkV1Schema,
  type Framework,
} from '../schemas/framework';
import { formatJsonPath, type FrameworkIssue, type PathSegment } from './framework-issue';
import type { Message } from '../domain/message';
import type { Result } from '../domain/result';
import { messages } from './framework-messages';
import { mapZodIssues, scanStructure, textNestsDeeperThan } from './json-guard';
import { findJsonSyntaxProblem, lineAndColumn } from './framework-json-syntax';
import { checkFrameworkRules, checkV1Norms } from './framework-rules';

export type { FrameworkIssue, PathSegment } from './framework-issue';
export { formatJsonPath } from './framework-issue';
export { checkFrameworkLineage, checkFrameworkRules } from './framework-rules';
export {
  canonicalJson,
  criterionNa,
  criterionNorm,
  criterionScale,
  frameworkContentHash,
  frameworkFingerprint,
} from '../domain/framework-model';

/** 2 MiB of UTF-8: the real framework is ~100 KiB; anything far larger is not a framework. */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
/** The format needs ~8 levels; the cap keeps hostile input from exhausting the stack or CPU. */
export const DEFAULT_MAX_DEPTH = 64;
/** More problems than this are summarised in one final issue; nobody reads 10 000 lines. */
export const MAX_ISSUES = 200;
/** Keys that could reach Object.prototype when a parsed value is later spread or merged. */
export { FORBIDDEN_KEYS } from '../domain/forbidden-keys';

export type FrameworkLoadResult = Result<Framework, FrameworkIssue[]>;

/**
 * A pure conversion of a parsed framework file from format version `from` to `from + 1`.
 * It receives the value exactly as parsed (already checked for forbidden keys and depth, not yet
 * validated) and must return a new value whose `formatVersion` is `from + 1`.
 */
export interface FrameworkMigration {
  from: number;
  migrate(value: unknown): unknown;
}

/**
 * Ordered migrations from older format versions to CURRENT_FORMAT_VERSION, applied step by step
 * (1→2→3...). Format 1 is validated by its own schema before this list runs (see loadValue), so
 * the 1→2 step receives a checked format-1 value.
 */
export const MIGRATIONS: readonly FrameworkMigration[] = [
  { from: 1, migrate: (value) => migrateFrameworkV1(FrameworkV1Schema.parse(value)) },
];

export interface FrameworkLoadOptions {
  /** Size cap in UTF-8 bytes (text input only). Default DEFAULT_MAX_BYTES. */
  maxBytes?: number;
  /** Maximum nesting of arrays/objects. Default DEFAULT_MAX_DEPTH. */
  maxDepth?: number;
  /** Migration list; defaults to MIGRATIONS (overridable for tests). */
  migrations?: readonly FrameworkMigration[];
}

/** Parses and validates the text of a framework file. Never throws. */
export function loadFrameworkText(
  text: string,
  opts: FrameworkLoadOptions = {},
): FrameworkLoadResult {
  try {
    return loadText(text, opts);
  } catch (error) {
    return internalFailure(error);
  }
}

/** Validates an already parsed framework value (e.g. from an exchange file). Never throws. */
export function loadFrameworkValue(
  value: unknown,
  opts: FrameworkLoadOptions = {},
): FrameworkLoadResult {
  try {
    return loadValue(value, opts);
  } catch (error) {
    return internalFailure(error);
  }
}

// ---------------------------------------------------------------------------------------------

const issue = (path: readonly PathSegment[], code: string, message: Message): FrameworkIssue => ({
  path: formatJsonPath(path),
  code,
  message,
});

function fail(errors: FrameworkIssue[]): FrameworkLoadResult {
  if (errors.length <= MAX_ISSUES) return { ok: false, error: errors };
  const kept = errors.slice(0, MAX_ISSUES);
  kept.push(issue([], 'too-many-issues', messages.tooManyIssues(errors.length - MAX_ISSUES)));
  return { ok: false, error: kept };
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  try {
    return String(error);
  } catch {
    return 'unknown error';
  }
}

function internalFailure(error: unknown): FrameworkLoadResult {
  return fail([issue([], 'internal-error', messages.internalError(describeError(error)))]);
}

const hasOwn = (object: object, key: PropertyKey): boolean =>
  Object.prototype.hasOwnProperty.call(object, key);

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** UTF-8 size without allocating an encoded copy (lone surrogates count as U+FFFD, 3 bytes). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (
      code >= 0xd800 &&
      code <= 0xdbff &&
      i + 1 < text.length &&
      (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    ) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function loadText(text: string, opts: FrameworkLoadOptions): FrameworkLoadResult {
  if (typeof text !== 'string') {
    return fail([issue([], 'internal-error', messages.internalError('input is not text'))]);
  }
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxDepth = opts.maxDepth ?? DEFAULT_MAX_DEPTH;

  // Every UTF-16 code unit is at least one UTF-8 byte, so a long string is rejected without
  // measuring it exactly.
  const size = text.length > maxBytes ? text.length : utf8ByteLength(text);
  if (size > maxBytes) return fail([issue([], 'too-large', messages.tooLarge(size, maxBytes))]);

  // Editors on Windows may save a byte order mark, which JSON.parse rejects.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail([issue([], 'empty', messages.empty())]);

  if (textNestsDeeperThan(body, maxDepth)) {
    return fail([issue([], 'too-deep', messages.tooDeep(maxDepth))]);
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    const problem = findJsonSyntaxProblem(body);
    const where = problem ? lineAndColumn(body, problem.offset) : null;
    return fail([issue([], 'not-json', messages.notJson(problem, where, describeError(error)))]);
  }
  return loadValue(parsed, opts);
}

/**
 * Applies `migrations` step by step from format `from` up to `target`. Exported for tests: with
 * only format 1 in existence the loader never takes this path yet.
 */
export function runMigrations(
  value: unknown,
  from: number,
  migrations: readonly FrameworkMigration[],
  target: number = CURRENT_FORMAT_VERSION,
): { ok: true; value: unknown } | { ok: false; error: FrameworkIssue } {
  let current: unknown = value;
  for (let at = from; at < target; at++) {
    const step = migrations.find((migration) => migration.from === at);
    if (!step) {
      return {
        ok: false,
        error: issue(
          ['formatVersion'],
          'format-version-unsupported',
          messages.formatVersionUnsupported(from),
        ),
      };
    }
    try {
      current = step.migrate(current);
    } catch (error) {
      return {
        ok: false,
        error: issue([], 'migration-failed', messages.migrationFailed(at, describeError(error))),
      };
    }
    if (!isPlainRecord(current) || current.formatVersion !== at + 1) {
      return {
        ok: false,
        error: issue(
          [],
          'migration-failed',
          messages.migrationFailed(at, `result does not have formatVersion ${at + 1}`),
        ),
      };
    }
  }
  return { ok: true, value: current };
}

function loadValue(input: unknown, opts: FrameworkLoadOptions): FrameworkLoadResult {
  const maxDepth = opts.maxDepth ?? DEFAULT_MAX_DEPTH;
  const scan = scanStructure(input, maxDepth);
  if (scan.tooDeep) return fail([issue([], 'too-deep', messages.tooDeep(maxDepth))]);
  if (scan.forbidden.length > 0) {
    return fail(
      scan.forbidden.map((path) =>
        issue(path, 'forbidden-key', messages.forbiddenKey(String(path[path.length - 1]))),
      ),
    );
  }

  if (!isPlainRecord(input)) return fail([issue([], 'not-an-object', messages.notAnObject(input))]);

  if (!hasOwn(input, 'formatVersion')) {
    return fail([
      issue(
        ['formatVersion'],
        'format-version-missing',
        messages.formatVersionMissing(CURRENT_FORMAT_VERSION),
      ),
    ]);
  }
  const formatVersion = input.formatVersion;
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    return fail([
      issue(
        ['formatVersion'],
        'format-version-invalid',
        messages.formatVersionInvalid(formatVersion),
      ),
    ]);
  }
  if (formatVersion > CURRENT_FORMAT_VERSION) {
    return fail([
      issue(
        ['formatVersion'],
        'format-version-newer',
        messages.formatVersionNewer(formatVersion, CURRENT_FORMAT_VERSION),
      ),
    ]);
  }

  let candidate: unknown = input;
  let v1NormIssues: FrameworkIssue[] = [];
  if (formatVersion === 1 && opts.migrations === undefined) {
    // Check a format-1 file as format 1, so every problem points at a place the author wrote.
    const v1 = FrameworkV1Schema.safeParse(input);
    if (!v1.success) {
      return fail(
        mapZodIssues(v1.error.issues, input).map((m) => issue(m.path, m.code, m.message)),
      );
    }
    v1NormIssues = checkV1Norms(v1.data);
  }
  if (formatVersion < CURRENT_FORMAT_VERSION) {
    const migrated = runMigrations(input, formatVersion, opts.migrations ?? MIGRATIONS);
    if (!migrated.ok) return fail([migrated.error]);
    candidate = migrated.value;
  }

  const parsed = FrameworkSchema.safeParse(candidate);
  if (!parsed.success) {
    return fail(
      mapZodIssues(parsed.error.issues, candidate).map((m) => issue(m.path, m.code, m.message)),
    );
  }

  const ruleIssues = [...v1NormIssues, ...checkFrameworkRules(parsed.data)];
  if (ruleIssues.length > 0) return fail(ruleIssues);

  // "$schema" only helps editors; it is not part of the framework.
  const { $schema: _schema, ...framework } = parsed.data;
  return { ok: true, value: framework };
}
