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
import type { FrameworkIssue } from '../io/framework-issue';
import type { Framework } from '../schemas/framework';
import {
  checkFrameworkLineage,
  DEFAULT_MAX_BYTES,
  loadFrameworkText,
} from '../io/framework-loader';
import { messages, type BilingualText } from '../io/framework-messages';

export type Write = (line: string) => void;
type Lang = keyof BilingualText;

const bi = (nl: string, en: string): BilingualText => ({ 'nl-BE': nl, en });

const USAGE: BilingualText = bi(
  [
    'Gebruik: framework-check [--lang nl-BE|en] BESTAND...',
    'Controleert kaderbestanden (frameworks/*.json) op formaat en samenhang.',
    'Exitcode 0 = alles geldig, 1 = een bestand is ongeldig of onleesbaar, 2 = verkeerd gebruik.',
  ].join('\n'),
  [
    'Usage: framework-check [--lang en|nl-BE] FILE...',
    'Checks framework files (frameworks/*.json) against the file format and the cross-field rules.',
    'Exit code 0 = all valid, 1 = a file is invalid or unreadable, 2 = wrong usage.',
  ].join('\n'),
);

function readFailure(code: string | undefined): BilingualText {
  switch (code) {
    case 'ENOENT':
      return bi('bestand niet gevonden', 'file not found');
    case 'EISDIR':
      return bi('dit is een map, geen bestand', 'this is a directory, not a file');
    case 'EACCES':
    case 'EPERM':
      return bi('geen toegang tot het bestand', 'permission denied');
    default:
      return bi(
        `bestand kan niet gelezen worden${code ? ` (${code})` : ''}`,
        `cannot read the file${code ? ` (${code})` : ''}`,
      );
  }
}

const NOT_UTF8 = bi(
  'Het bestand is geen geldige UTF-8-tekst; bewaar het als UTF-8.',
  'The file is not valid UTF-8 text; save it as UTF-8.',
);

function errorCount(n: number, lang: Lang): string {
  if (lang === 'nl-BE') return `${n} ${n === 1 ? 'fout' : 'fouten'}`;
  return `${n} ${n === 1 ? 'error' : 'errors'}`;
}

function countLabel(n: number, lang: Lang, one: BilingualText, many: BilingualText): string {
  return `${n} ${(n === 1 ? one : many)[lang]}`;
}

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
  | { ok: false; failure: BilingualText };

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
      return { ok: false, issues: [{ path: '$', code: 'not-utf8', message: NOT_UTF8 }] };
    }
  } catch (error) {
    return { ok: false, failure: readFailure(errorCode(error)) };
  }
}

/** `frameworks/*.json` also matches the generated JSON Schema, which is not a framework. */
const JSON_SCHEMA_FILE = /\.schema\.json$/i;

const SKIPPED = bi(
  'overgeslagen (JSON Schema, geen kaderbestand)',
  'skipped (JSON Schema, not a framework file)',
);

const sameVersionDifferentContent = (other: string, id: string, version: string): BilingualText =>
  bi(
    `${id} ${version} heeft dezelfde id en versie als ${other}, maar een andere inhoud; geef een gewijzigd kader een nieuwe versie.`,
    `${id} ${version} has the same id and version as ${other}, but different content; give a changed framework a new version.`,
  );

type FileOutcome =
  { kind: 'valid'; framework: Framework } | { kind: 'invalid' } | { kind: 'skipped' };

async function checkFile(file: string, lang: Lang, write: Write): Promise<FileOutcome> {
  if (JSON_SCHEMA_FILE.test(file)) {
    write(`${file}: ${SKIPPED[lang]}`);
    return { kind: 'skipped' };
  }
  const read = await readFrameworkFile(file);
  let issues: FrameworkIssue[];
  if (read.ok) {
    const result = loadFrameworkText(read.text);
    if (result.ok) {
      const { framework } = result;
      const domains = countLabel(
        framework.domains.length,
        lang,
        bi('domein', 'domain'),
        bi('domeinen', 'domains'),
      );
      const criteria = countLabel(
        countCriteria(framework),
        lang,
        bi('criterium', 'criterion'),
        bi('criteria', 'criteria'),
      );
      write(
        `${file}: OK ${framework.id} ${framework.version} (${framework.status}) — ${domains}, ${criteria}`,
      );
      return { kind: 'valid', framework };
    }
    issues = result.errors;
  } else if ('failure' in read) {
    write(`${file}: ${read.failure[lang]}`);
    return { kind: 'invalid' };
  } else {
    issues = read.issues;
  }
  write(`${file}: ${errorCount(issues.length, lang)}`);
  for (const item of issues) write(`  ${item.path} — ${item.message[lang]}`);
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
      write(USAGE[lang]);
      return 0;
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      if (value !== 'en' && value !== 'nl-BE') {
        write(`Unknown language ${JSON.stringify(value ?? '')}; use "en" or "nl-BE".`);
        write(USAGE.en);
        return 2;
      }
      lang = value;
    } else {
      write(`Unknown option ${arg}.`);
      write(USAGE[lang]);
      return 2;
    }
  }
  if (files.length === 0) {
    write(USAGE[lang]);
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
        write(`${file}: ${sameVersionDifferentContent(earlier.file, id, version)[lang]}`);
        allValid = false;
      }
    } catch (error) {
      // checkFile does not throw by design; this only guards against the unforeseen.
      write(
        `${file}: ${messages.internalError(error instanceof Error ? error.message : String(error))[lang]}`,
      );
      allValid = false;
    }
  }
  if (!checkLineages([...seen.values()], lang, write)) allValid = false;
  return allValid ? 0 : 1;
}

const lineageUnchecked = (file: string, previous: string): BilingualText =>
  bi(
    `${file}: de vorige versie ${previous} is niet bij de gecontroleerde bestanden; de afstamming is alleen op zichzelf gecontroleerd.`,
    `${file}: the previous version ${previous} is not among the checked files; the lineage was checked on its own only.`,
  );

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
      write(lineageUnchecked(file, previousVersion)[lang]);
      continue;
    }
    const issues = checkFrameworkLineage(framework, previous.framework);
    if (issues.length === 0) continue;
    valid = false;
    write(`${file}: ${errorCount(issues.length, lang)}`);
    for (const item of issues) write(`  ${item.path} — ${item.message[lang]}`);
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
