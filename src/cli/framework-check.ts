/**
 * Checks framework files: `npm run framework:check -- [--lang en|nl-BE] FILE...`
 *
 * Prints one summary line per valid file and one line per problem for invalid ones. Exit code:
 * 0 = all files valid, 1 = a file is invalid or unreadable, 2 = wrong usage. Never prints a
 * stack trace: the audience is framework authors, not developers.
 */
import { readFile, stat } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { countCriteria, frameworkFingerprint } from '../domain/framework-model';
import { message, type Message } from '../domain/message';
import { renderMessage } from '../i18n/message';
import type { FrameworkIssue } from '../io/framework-issue';
import type { Framework } from '../schemas/framework';
import {
  checkFrameworkLineage,
  DEFAULT_MAX_BYTES,
  loadFrameworkText,
} from '../io/framework-loader';
import { messages } from '../io/framework-messages';

export type Write = (line: string) => void;
type Lang = 'nl-BE' | 'en';

// Every sentence comes from the app's `problems` catalogue (keys `cli.*`, `framework.*`).
const say = (text: Message, lang: Lang): string => renderMessage(text, lang);

const USAGE = message('cli.usage');

function readFailure(code: string | undefined): Message {
  switch (code) {
    case 'ENOENT':
      return message('cli.notFound');
    case 'EISDIR':
      return message('cli.isDirectory');
    case 'EACCES':
    case 'EPERM':
      return message('cli.denied');
    default:
      return code ? message('cli.unreadableCode', { code }) : message('cli.unreadable');
  }
}

const errorCount = (n: number, lang: Lang): string =>
  say(message('cli.errors', { count: n }), lang);

function errorCode(error: unknown): string | undefined {
  if (error !== null && typeof error === 'object' && 'code' in error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

type ReadResult =
  | { ok: true; text: string }
  | { ok: false; issues: FrameworkIssue[] }
  | { ok: false; failure: Message };

async function readFrameworkFile(file: string): Promise<ReadResult> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) return { ok: false, failure: readFailure('EISDIR') };
    // Refuse before reading so a huge file is never loaded into memory.
    if (info.size > DEFAULT_MAX_BYTES) {
      return {
        ok: false,
        issues: [
          {
            path: '$',
            code: 'too-large',
            message: messages.tooLarge(info.size, DEFAULT_MAX_BYTES),
          },
        ],
      };
    }
    const bytes = await readFile(file);
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      return { ok: false, issues: [{ path: '$', code: 'not-utf8', message: messages.notUtf8() }] };
    }
  } catch (error) {
    return { ok: false, failure: readFailure(errorCode(error)) };
  }
}

/** `frameworks/*.json` also matches the generated JSON Schema, which is not a framework. */
const JSON_SCHEMA_FILE = /\.schema\.json$/i;

type FileOutcome =
  { kind: 'valid'; framework: Framework } | { kind: 'invalid' } | { kind: 'skipped' };

async function checkFile(file: string, lang: Lang, write: Write): Promise<FileOutcome> {
  if (JSON_SCHEMA_FILE.test(file)) {
    write(`${file}: ${say(message('cli.skipped'), lang)}`);
    return { kind: 'skipped' };
  }
  const read = await readFrameworkFile(file);
  let issues: FrameworkIssue[];
  if (read.ok) {
    const result = loadFrameworkText(read.text);
    if (result.ok) {
      const { value: framework } = result;
      const domains = say(message('cli.domains', { count: framework.domains.length }), lang);
      const criteria = say(message('cli.criteria', { count: countCriteria(framework) }), lang);
      write(
        `${file}: OK ${framework.id} ${framework.version} (${framework.status}) — ${domains}, ${criteria}`,
      );
      return { kind: 'valid', framework };
    }
    issues = result.error;
  } else if ('failure' in read) {
    write(`${file}: ${say(read.failure, lang)}`);
    return { kind: 'invalid' };
  } else {
    issues = read.issues;
  }
  write(`${file}: ${errorCount(issues.length, lang)}`);
  for (const item of issues) write(`  ${item.path} — ${say(item.message, lang)}`);
  return { kind: 'invalid' };
}

/** Runs the check; returns the exit code. Exported so tests can run it in-process. */
export async function main(argv: readonly string[], write: Write = defaultWrite): Promise<number> {
  let lang: Lang = 'en';
  const files: string[] = [];
  let optionsDone = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (optionsDone || !arg.startsWith('-')) {
      files.push(arg);
    } else if (arg === '--') {
      optionsDone = true;
    } else if (arg === '--help' || arg === '-h') {
      write(say(USAGE, lang));
      return 0;
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      if (value !== 'en' && value !== 'nl-BE') {
        // No language chosen yet: English, like the usage that follows.
        write(say(message('cli.unknownLanguage', { value: JSON.stringify(value ?? '') }), 'en'));
        write(say(USAGE, 'en'));
        return 2;
      }
      lang = value;
    } else {
      write(say(message('cli.unknownOption', { option: arg }), 'en'));
      write(say(USAGE, lang));
      return 2;
    }
  }
  if (files.length === 0) {
    write(say(USAGE, lang));
    return 2;
  }

  let allValid = true;
  // Two files with the same id and version must be identical: assessments pin id + version.
  const seen = new Map<string, { file: string; fingerprint: string; framework: Framework }>();
  for (const file of files) {
    try {
      const outcome = await checkFile(file, lang, write);
      if (outcome.kind === 'invalid') allValid = false;
      if (outcome.kind !== 'valid') continue;
      const { id, version } = outcome.framework;
      const key = `${id}@${version}`;
      const fingerprint = frameworkFingerprint(outcome.framework);
      const earlier = seen.get(key);
      if (!earlier) {
        seen.set(key, { file, fingerprint, framework: outcome.framework });
      } else if (earlier.fingerprint !== fingerprint) {
        const clash = message('cli.sameVersionDifferentContent', {
          id,
          version,
          other: earlier.file,
        });
        write(`${file}: ${say(clash, lang)}`);
        allValid = false;
      }
    } catch (error) {
      // checkFile does not throw by design; this only guards against the unforeseen.
      write(
        `${file}: ${say(messages.internalError(error instanceof Error ? error.message : String(error)), lang)}`,
      );
      allValid = false;
    }
  }
  if (!checkLineages([...seen.values()], lang, write)) allValid = false;
  return allValid ? 0 : 1;
}

/**
 * A framework that names a previous version is checked against it when that version is among
 * the checked files: every earlier criterion accounted for, every cited id existing.
 */
function checkLineages(
  checked: readonly { file: string; framework: Framework }[],
  lang: Lang,
  write: Write,
): boolean {
  let valid = true;
  for (const { file, framework } of checked) {
    const previousVersion = framework.lineage?.previousVersion;
    if (previousVersion === undefined) continue;
    const previous = checked.find(
      (other) => other.framework.id === framework.id && other.framework.version === previousVersion,
    );
    if (!previous) {
      write(say(message('cli.lineageUnchecked', { file, previous: previousVersion }), lang));
      continue;
    }
    const issues = checkFrameworkLineage(framework, previous.framework);
    if (issues.length === 0) continue;
    valid = false;
    write(`${file}: ${errorCount(issues.length, lang)}`);
    for (const item of issues) write(`  ${item.path} — ${say(item.message, lang)}`);
  }
  return valid;
}

function defaultWrite(line: string): void {
  process.stdout.write(`${line}\n`);
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(resolve(entry))).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // A closed pipe (e.g. `| head`) must not turn into a stack trace.
  process.stdout.on('error', () => undefined);
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stdout.write(
        `framework-check: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
