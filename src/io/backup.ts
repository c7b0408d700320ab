/**
 * Backup files: export everything, check a file before restoring it. Like the framework loader,
 * parsing never throws and reports every problem with its JSON path and a catalogue message:
 * a backup file comes from outside (another device, an e-mail, a USB stick) and is checked as
 * strictly as any other input.
 *
 * Pipeline: size cap → empty → nesting depth → JSON.parse → forbidden keys → "is this a backup?"
 * → formatVersion → Zod schema (all issues) → consistency (unique ids, embedded frameworks) →
 * references against the local data (checkReferences, given what exists locally).
 *
 * Pure: reading the local data and writing the restore happen in src/flows/backup.ts.
 */
import { version as APP_VERSION } from '../../package.json';
import { localDay } from '../domain/file-name';
import { message, type Message } from '../domain/message';
import type { Result } from '../domain/result';
import {
  clipForEcho,
  validateRound,
  type RoundFramework,
  type RoundLink,
  type RoundProblem,
} from '../domain/validate-round';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupSchema, type Backup } from '../schemas/backup';
import type { Assessment, Facility } from '../schemas/records';
import { formatJsonPath, type PathSegment } from './framework-issue';
import { loadFrameworkText, utf8ByteLength } from './framework-loader';
import { findJsonSyntaxProblem, lineAndColumn } from './framework-json-syntax';
import { mapZodIssues, scanStructure, textNestsDeeperThan } from './json-guard';

/** Far above any real backup (a few MiB for years of assessments), far below what hurts a tab. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
/** A backup nests ~7 levels deep; more is hostile or broken. */
export const MAX_BACKUP_DEPTH = 32;
/** More problems than this are summarised in one final issue. */
export const MAX_BACKUP_ISSUES = 200;
/** Longest message text per issue and language; a hostile file cannot flood the screen. */
export const MAX_ISSUE_TEXT = 400;
/** Longest JSON path shown per issue. */
export const MAX_ISSUE_PATH = 160;

export interface BackupIssue {
  /** JSON path, e.g. `$.assessments[3].facilityId`; `$` = the whole file. */
  path: string;
  /** Stable machine-readable code, e.g. "not-json", "not-a-backup", "missing-facility". */
  code: string;
  /** What is wrong, as a catalogue message (namespace `problems`); its text is capped. */
  message: Message;
  /**
   * For a round that breaks a rule of its framework (validateRound): the finding, whose sentence
   * is `validation:round.<code>` in the i18n catalogue (the one place those sentences live; the
   * exchange import renders the same keys). `message` then only says that a rule is broken.
   */
  round?: Pick<RoundProblem, 'code' | 'params'>;
}

export type ParseBackupResult = Result<Backup, BackupIssue[]>;

/** What exists locally, for checking a backup's references before restoring it. */
export interface LocalReferences {
  facilityIds: ReadonlySet<string>;
  /** `${id}@${version}` of locally stored frameworks. */
  frameworkKeys: ReadonlySet<string>;
}

/** A backup file, ready to download. */
export interface BackupFile {
  filename: string;
  json: string;
  createdAt: string;
}

export const issue = (
  path: readonly PathSegment[],
  code: string,
  message: Message,
): BackupIssue => ({
  path: formatJsonPath(path),
  code,
  message,
});

/**
 * Caps every issue's text: echoed keys and values are already clipped, this bounds the rest (the
 * sentence, in either language, is cut at MAX_ISSUE_TEXT when rendered).
 */
function bounded(item: BackupIssue): BackupIssue {
  const path =
    item.path.length <= MAX_ISSUE_PATH ? item.path : `${item.path.slice(0, MAX_ISSUE_PATH - 1)}…`;
  return {
    path,
    code: item.code,
    message: { ...item.message, maxLength: MAX_ISSUE_TEXT },
    // The finding's params are clipped by validateRound (MAX_ECHO_LENGTH).
    ...(item.round ? { round: item.round } : {}),
  };
}

export function fail(all: BackupIssue[]): ParseBackupResult {
  const errors = all.map(bounded);
  if (errors.length <= MAX_BACKUP_ISSUES) return { ok: false, error: errors };
  const more = errors.length - MAX_BACKUP_ISSUES;
  return {
    ok: false,
    error: [
      ...errors.slice(0, MAX_BACKUP_ISSUES),
      issue([], 'too-many-issues', message('backup.tooManyIssues', { more })),
    ],
  };
}

const notABackup = (hint: 'framework' | null) =>
  message(hint === 'framework' ? 'backup.notABackupFramework' : 'backup.notABackup');

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function forbiddenKeyIssues(root: unknown): BackupIssue[] {
  return scanStructure(root, MAX_BACKUP_DEPTH).forbidden.map((path) => {
    const key = clipForEcho(String(path[path.length - 1]));
    return issue(path, 'forbidden-key', message('backup.forbiddenKey', { key }));
  });
}

/** Unique ids and embedded frameworks; needs no local data. */
function checkConsistency(backup: Backup): BackupIssue[] {
  const issues: BackupIssue[] = [];
  const duplicates = (kind: 'facilities' | 'assessments', ids: readonly string[]) => {
    const seen = new Map<string, number>();
    ids.forEach((id, index) => {
      const first = seen.get(id);
      if (first === undefined) seen.set(id, index);
      else {
        issues.push(
          issue(
            [kind, index, 'id'],
            'duplicate-id',
            message('backup.duplicateId', { id, first: formatJsonPath([kind, first, 'id']) }),
          ),
        );
      }
    });
  };
  duplicates(
    'facilities',
    backup.facilities.map((f) => f.id),
  );
  duplicates(
    'assessments',
    backup.assessments.map((a) => a.id),
  );
  const logRounds = new Map<string, number>();
  (backup.exchangeLog ?? []).forEach((entry, index) => {
    const first = logRounds.get(entry.roundId);
    if (first === undefined) logRounds.set(entry.roundId, index);
    else {
      issues.push(
        issue(
          ['exchangeLog', index, 'roundId'],
          'duplicate-id',
          message('backup.duplicateId', {
            id: entry.roundId,
            first: formatJsonPath(['exchangeLog', first, 'roundId']),
          }),
        ),
      );
    }
  });

  const frameworkKeys = new Map<string, number>();
  backup.frameworks.forEach((entry, index) => {
    const key = `${entry.id}@${entry.version}`;
    const first = frameworkKeys.get(key);
    if (first !== undefined) {
      issues.push(
        issue(
          ['frameworks', index],
          'duplicate-framework',
          message('backup.duplicateFramework', {
            id: entry.id,
            version: entry.version,
            first: formatJsonPath(['frameworks', first]),
          }),
        ),
      );
      return;
    }
    frameworkKeys.set(key, index);
    const loaded = loadFrameworkText(entry.text);
    if (!loaded.ok) {
      for (const problem of loaded.error) {
        issues.push(
          issue(
            ['frameworks', index, 'text'],
            'invalid-framework',
            message('backup.invalidFramework', {
              id: entry.id,
              version: entry.version,
              path: problem.path,
              problem: problem.message,
            }),
          ),
        );
      }
      return;
    }
    if (loaded.value.id !== entry.id || loaded.value.version !== entry.version) {
      issues.push(
        issue(
          ['frameworks', index],
          'framework-mismatch',
          message('backup.frameworkMismatch', {
            foundId: loaded.value.id,
            foundVersion: loaded.value.version,
            id: entry.id,
            version: entry.version,
          }),
        ),
      );
    }
  });
  return issues;
}

/**
 * Checks a backup file's text without looking at local data: everything except whether the
 * facilities and frameworks that assessments refer to exist. Never throws.
 */
export function parseBackupText(text: string): ParseBackupResult {
  try {
    return parseText(text);
  } catch (error) {
    return fail([
      issue(
        [],
        'internal-error',
        message('backup.internalError', { detail: clipForEcho(describeError(error), 120) }),
      ),
    ]);
  }
}

function parseText(text: string): ParseBackupResult {
  if (typeof text !== 'string') return fail([issue([], 'not-a-backup', notABackup(null))]);
  const size = text.length > MAX_BACKUP_BYTES ? text.length : utf8ByteLength(text);
  if (size > MAX_BACKUP_BYTES) {
    return fail([
      issue([], 'too-large', message('backup.tooLarge', { size, max: MAX_BACKUP_BYTES })),
    ]);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    return fail([issue([], 'empty', message('backup.empty'))]);
  }
  if (textNestsDeeperThan(body, MAX_BACKUP_DEPTH)) {
    return fail([issue([], 'too-deep', message('backup.tooDeep', { max: MAX_BACKUP_DEPTH }))]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    // Where it goes wrong, found by our own scanner: the engine's message is English only.
    const problem = findJsonSyntaxProblem(body);
    const where = problem ? lineAndColumn(body, problem.offset) : null;
    const at = where ? message('backup.at', { line: where.line, column: where.column }) : '';
    return fail([issue([], 'not-json', message('backup.notJson', { at }))]);
  }
  const forbidden = forbiddenKeyIssues(parsed);
  if (forbidden.length > 0) return fail(forbidden);

  if (!isPlainRecord(parsed) || parsed.format !== BACKUP_FORMAT) {
    const looksLikeFramework =
      isPlainRecord(parsed) &&
      'domains' in parsed &&
      'formatVersion' in parsed &&
      !('format' in parsed);
    return fail([
      issue(
        isPlainRecord(parsed) && 'format' in parsed ? ['format'] : [],
        'not-a-backup',
        notABackup(looksLikeFramework ? 'framework' : null),
      ),
    ]);
  }
  const formatVersion = parsed.formatVersion;
  if (
    typeof formatVersion === 'number' &&
    Number.isInteger(formatVersion) &&
    formatVersion > BACKUP_FORMAT_VERSION
  ) {
    return fail([
      issue(
        ['formatVersion'],
        'format-version-newer',
        message('backup.formatVersionNewer', {
          version: formatVersion,
          current: BACKUP_FORMAT_VERSION,
        }),
      ),
    ]);
  }

  const result = BackupSchema.safeParse(parsed);
  if (!result.success) {
    return fail(
      mapZodIssues(result.error.issues, parsed).map((m) => issue(m.path, m.code, m.message)),
    );
  }

  const consistency = checkConsistency(result.data);
  if (consistency.length > 0) return fail(consistency);
  return { ok: true, value: result.data };
}

/**
 * The semantic check of every round (src/domain/validate-round.ts, the same one exchange
 * imports use) against its framework version. `frameworks` by `${id}@${version}`; a previous
 * round is looked up in the file first (its version is what will be stored), then among
 * `localRounds` (rounds on this device the file names but does not carry).
 */
export function checkRounds(
  backup: Backup,
  frameworks: ReadonlyMap<string, RoundFramework>,
  localRounds: ReadonlyMap<string, RoundLink>,
  now: Date,
): BackupIssue[] {
  const inFile = new Map<string, RoundLink>(
    backup.assessments.map((a) => [a.id, { facilityId: a.facilityId, createdAt: a.createdAt }]),
  );
  const findRound = (id: string) => inFile.get(id) ?? localRounds.get(id);
  const issues: BackupIssue[] = [];
  backup.assessments.forEach((assessment, index) => {
    if (issues.length > MAX_BACKUP_ISSUES) return;
    const framework = frameworks.get(`${assessment.frameworkId}@${assessment.frameworkVersion}`);
    for (const found of validateRound(assessment, { framework, findRound, now, maxProblems: 20 })) {
      issues.push({
        ...issue(
          ['assessments', index, ...found.path],
          found.code,
          message('backup.roundRule', { code: found.code }),
        ),
        round: { code: found.code, params: found.params },
      });
    }
  });
  return issues;
}

/** Previous-round ids the backup's rounds name but do not carry (to be looked up locally). */
export function previousRoundsOutside(backup: Backup): string[] {
  const inFile = new Set(backup.assessments.map((a) => a.id));
  const wanted = new Set<string>();
  for (const a of backup.assessments) {
    if (a.previousAssessmentId !== null && !inFile.has(a.previousAssessmentId)) {
      wanted.add(a.previousAssessmentId);
    }
  }
  return [...wanted];
}

/**
 * The references of `backup` that resolve neither inside the file nor in `local`/bundled
 * frameworks. Exported for tests; parseBackup supplies the real local state.
 */
export function checkReferences(
  backup: Backup,
  local: LocalReferences,
  bundledKeys: ReadonlySet<string>,
): BackupIssue[] {
  const issues: BackupIssue[] = [];
  const facilityIds = new Set(backup.facilities.map((f) => f.id));
  const frameworkKeys = new Set(backup.frameworks.map((f) => `${f.id}@${f.version}`));
  backup.assessments.forEach((assessment, index) => {
    if (!facilityIds.has(assessment.facilityId) && !local.facilityIds.has(assessment.facilityId)) {
      issues.push(
        issue(
          ['assessments', index, 'facilityId'],
          'missing-facility',
          message('backup.missingFacility', { period: assessment.periodLabel }),
        ),
      );
    }
    const key = `${assessment.frameworkId}@${assessment.frameworkVersion}`;
    if (!frameworkKeys.has(key) && !bundledKeys.has(key) && !local.frameworkKeys.has(key)) {
      issues.push(
        issue(
          ['assessments', index, 'frameworkVersion'],
          'missing-framework',
          message('backup.missingFramework', {
            period: assessment.periodLabel,
            id: assessment.frameworkId,
            version: assessment.frameworkVersion,
          }),
        ),
      );
    }
  });
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------------

/** `kwaliteitskader-backup-2026-11-28.json`, dated in the user's time zone. */
export function backupFilename(date: Date): string {
  return `kwaliteitskader-backup-${localDay(date)}.json`;
}

/** A framework as the device stores it: the file text and when it was loaded. */
export interface FrameworkFileRecord {
  id: string;
  version: string;
  text: string;
  loadedAt?: string;
}

export interface BackupContents {
  facilities: Facility[];
  assessments: Assessment[];
  /** Frameworks loaded on this device. */
  frameworks: readonly FrameworkFileRecord[];
  /** Frameworks that come with the app; only those that assessments use are included. */
  bundled: readonly { id: string; version: string; text: string }[];
  /** Round versions exchanged in exchange files (import history). */
  exchangeLog?: readonly { roundId: string; hashes: readonly string[] }[];
}

/**
 * The backup file of `contents`: all facilities, assessments and locally loaded frameworks, plus
 * the bundled framework versions that assessments use (so the backup restores even into an app
 * build that no longer ships them). Frameworks are sorted so the same data gives the same file.
 */
export function buildBackup(contents: BackupContents, now: Date): BackupFile {
  const createdAt = now.toISOString();
  const { facilities, assessments, frameworks, bundled } = contents;
  const included = new Set(frameworks.map((f) => `${f.id}@${f.version}`));
  const backupFrameworks: Backup['frameworks'] = frameworks
    .map((f) => ({ id: f.id, version: f.version, text: f.text, loadedAt: f.loadedAt }))
    .sort((a, b) => (a.id === b.id ? (a.version < b.version ? -1 : 1) : a.id < b.id ? -1 : 1));
  const used = new Set(assessments.map((a) => `${a.frameworkId}@${a.frameworkVersion}`));
  for (const item of bundled) {
    const key = `${item.id}@${item.version}`;
    if (used.has(key) && !included.has(key)) {
      included.add(key);
      backupFrameworks.push({ id: item.id, version: item.version, text: item.text });
    }
  }
  const backup: Backup = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt,
    appVersion: APP_VERSION,
    facilities,
    assessments,
    frameworks: backupFrameworks,
    exchangeLog: [...(contents.exchangeLog ?? [])]
      .map((entry) => ({ roundId: entry.roundId, hashes: [...entry.hashes] }))
      .sort((a, b) => (a.roundId < b.roundId ? -1 : a.roundId > b.roundId ? 1 : 0)),
  };
  return { filename: backupFilename(now), json: JSON.stringify(backup, null, 2), createdAt };
}
