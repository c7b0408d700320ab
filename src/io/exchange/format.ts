/**
 * Reading and writing exchange files. Pure (no database, no DOM), so it runs in a worker as
 * well as on the page; reading never throws and refuses with typed problems.
 *
 * Reading: size cap → empty → nesting depth → JSON.parse → forbidden keys → "is this an exchange
 * file?" → format version → (encrypted: header schema → passphrase → AES-GCM → the same checks
 * on the decrypted text) → Zod schema with bounded strings → SHA-256 of the canonical payload →
 * consistency (unique rounds, embedded frameworks load and match).
 */
import { FORBIDDEN_KEYS } from '../../domain/forbidden-keys';
import { message } from '../../domain/message';
import type { Result } from '../../domain/result';
import { canonicalCopy, canonicalJson } from '../../domain/canonical-json';
import { BACKUP_FORMAT } from '../../schemas/backup';
import {
  EXCHANGE_FORMAT,
  EXCHANGE_FORMAT_VERSION,
  EncryptedExchangeFileSchema,
  PlainExchangeFileSchema,
  SealedContentSchema,
  type ExchangePayload,
} from '../../schemas/exchange';
import type { Framework } from '../../schemas/framework';
import { formatJsonPath, type PathSegment } from '../framework-issue';
import { loadFrameworkText, utf8ByteLength } from '../framework-loader';
import { mapZodIssues, scanStructure, textNestsDeeperThan } from '../json-guard';
import { additionalData, open, seal } from './crypto';
import { canonicalPayloadTexts, payloadHash, sha256Hex } from './hash';
import { MAX_PROBLEMS_PER_FILE, problem, type ExchangeProblem } from './problems';

/** Far above a real file (a round with 64 answers is ~50 KiB), far below what hurts a tab. */
export const MAX_EXCHANGE_BYTES = 20 * 1024 * 1024;
/** Per import: many facilities' files at once, but bounded. */
export const MAX_BATCH_BYTES = 200 * 1024 * 1024;
export const MAX_BATCH_FILES = 2000;
/** An exchange file nests ~8 levels deep; more is hostile or broken. */
export const MAX_EXCHANGE_DEPTH = 32;

export interface ReadExchangeFile {
  appVersion: string;
  exportedAt: string;
  encrypted: boolean;
  payload: ExchangePayload;
  /**
   * The canonical JSON text of `payload` (made anyway for its hash): a reader in a worker hands
   * this one string to the page instead of the object tree (see parse-client.ts).
   */
  payloadText: string;
  payloadSha256: string;
  /** roundContentHash of each round, in file order. */
  roundHashes: string[];
  /** The embedded frameworks, parsed, in file order. */
  frameworks: Framework[];
  /**
   * Per round, the problems of the check that needs nothing from the receiving device (see
   * round-check.ts), or null where the page must check; absent when the reader was not asked.
   */
  roundChecks?: (ExchangeProblem[] | null)[];
}

/** Why a file was refused, and whether it was encrypted (the screen says so either way). */
export interface ExchangeRefusal {
  problems: ExchangeProblem[];
  encrypted: boolean;
}

export type ReadExchangeResult = Result<ReadExchangeFile, ExchangeRefusal>;

const refuse = (problems: ExchangeProblem[], encrypted = false): ReadExchangeResult => ({
  ok: false,
  error: { problems: problems.slice(0, MAX_PROBLEMS_PER_FILE), encrypted },
});

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message || error.name : String(error);
  return text.replace(/\s+/g, ' ').slice(0, 120);
}

type Parsed = { ok: true; value: unknown } | { ok: false; problems: ExchangeProblem[] };

/**
 * A key that decodes to a forbidden name is written in the text either literally or with a
 * `\u` escape (none of its characters has another JSON escape); a text with neither cannot
 * hold one, so the walk over every node is only needed when this matches. The keys come from the
 * one shared list (plain identifiers, nothing to escape in a pattern).
 */
const MAYBE_FORBIDDEN = new RegExp(`${[...FORBIDDEN_KEYS].join('|')}|\\\\u`);

/**
 * Structural equality of two JSON values, key order ignored. Iterative, so hostile depth cannot
 * overflow the stack (depth is bounded earlier anyway). Neither JSON text nor Zod output holds
 * undefined members; should one appear, the key counts differ and this says "different",
 * which only costs the slower path.
 */
function sameJson(a: unknown, b: unknown): boolean {
  const left: unknown[] = [a];
  const right: unknown[] = [b];
  while (left.length > 0) {
    const x = left.pop();
    const y = right.pop();
    if (x === y) continue;
    if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return false;
    if (Array.isArray(x)) {
      if (!Array.isArray(y) || x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) {
        left.push(x[i]);
        right.push(y[i]);
      }
      continue;
    }
    if (Array.isArray(y)) return false;
    const keys = Object.keys(x);
    if (keys.length !== Object.keys(y).length) return false;
    for (const key of keys) {
      if (!Object.prototype.hasOwnProperty.call(y, key)) return false;
      left.push((x as Record<string, unknown>)[key]);
      right.push((y as Record<string, unknown>)[key]);
    }
  }
  return true;
}

/** Size, depth, JSON syntax and forbidden keys of a text; `prefix` places decrypted content. */
function parseGuarded(text: string, prefix: readonly PathSegment[]): Parsed {
  // A UTF-16 code unit takes at most 3 UTF-8 bytes: most texts need no byte count at all.
  const size =
    text.length * 3 <= MAX_EXCHANGE_BYTES
      ? 0
      : text.length > MAX_EXCHANGE_BYTES
        ? text.length
        : utf8ByteLength(text);
  if (size > MAX_EXCHANGE_BYTES) {
    return {
      ok: false,
      problems: [problem('too-large', '$', { size, max: MAX_EXCHANGE_BYTES })],
    };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, problems: [problem('empty')] };
  if (textNestsDeeperThan(body, MAX_EXCHANGE_DEPTH)) {
    return {
      ok: false,
      problems: [problem('too-deep', formatJsonPath(prefix), { max: MAX_EXCHANGE_DEPTH })],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return {
      ok: false,
      problems: [problem('not-json', formatJsonPath(prefix), { detail: describeError(error) })],
    };
  }
  const forbidden = MAYBE_FORBIDDEN.test(body)
    ? scanStructure(value, MAX_EXCHANGE_DEPTH).forbidden
    : [];
  if (forbidden.length > 0) {
    return {
      ok: false,
      problems: forbidden.map((path) =>
        problem('forbidden-key', formatJsonPath([...prefix, ...path]), {
          key: String(path[path.length - 1]),
        }),
      ),
    };
  }
  return { ok: true, value };
}

function schemaProblems(
  issues: Parameters<typeof mapZodIssues>[0],
  input: unknown,
  prefix: readonly PathSegment[] = [],
): ExchangeProblem[] {
  return mapZodIssues(issues, input).map((m) =>
    problem('invalid-field', formatJsonPath([...prefix, ...m.path]), undefined, m.message),
  );
}

/** Checks a file's text; `passphrase` is needed for encrypted files. Never throws. */
export async function readExchangeText(
  text: string,
  passphrase?: string,
): Promise<ReadExchangeResult> {
  try {
    return await read(text, passphrase);
  } catch (error) {
    return refuse([problem('internal-error', '$', { detail: describeError(error) })]);
  }
}

async function read(text: string, passphrase: string | undefined): Promise<ReadExchangeResult> {
  if (typeof text !== 'string') return refuse([problem('not-exchange')]);
  const outer = parseGuarded(text, []);
  if (!outer.ok) return refuse(outer.problems);
  const root = outer.value;

  if (!isPlainRecord(root) || root.format !== EXCHANGE_FORMAT) {
    if (isPlainRecord(root) && root.format === BACKUP_FORMAT) {
      return refuse([problem('is-backup', '$.format')]);
    }
    if (isPlainRecord(root) && 'domains' in root && 'formatVersion' in root) {
      return refuse([problem('is-framework')]);
    }
    return refuse([
      problem('not-exchange', isPlainRecord(root) && 'format' in root ? '$.format' : '$'),
    ]);
  }
  const formatVersion = root.formatVersion;
  if (
    typeof formatVersion === 'number' &&
    Number.isInteger(formatVersion) &&
    formatVersion > EXCHANGE_FORMAT_VERSION
  ) {
    return refuse([
      problem('format-version-newer', '$.formatVersion', {
        version: formatVersion,
        known: EXCHANGE_FORMAT_VERSION,
      }),
    ]);
  }
  if (formatVersion !== EXCHANGE_FORMAT_VERSION) {
    return refuse([
      problem('format-version-unknown', '$.formatVersion', {
        version: String(JSON.stringify(formatVersion ?? null)).slice(0, 40),
        known: EXCHANGE_FORMAT_VERSION,
      }),
    ]);
  }

  let encrypted = false;
  let payloadRaw: unknown;
  let parsedPayload: ExchangePayload;
  let payloadSha256: string;
  let appVersion: string;
  let exportedAt: string;
  let payloadPath: PathSegment[];

  if ('encryption' in root || 'ciphertext' in root) {
    encrypted = true;
    const envelope = EncryptedExchangeFileSchema.safeParse(root);
    if (!envelope.success) return refuse(schemaProblems(envelope.error.issues, root), true);
    if (passphrase === undefined || passphrase === '') {
      return refuse([problem('passphrase-needed')], true);
    }
    const opened = await open(
      envelope.data.encryption,
      envelope.data.ciphertext,
      passphrase,
      additionalData(envelope.data),
    );
    if (!opened.ok) {
      return refuse(
        [
          opened.reason === 'wrong-passphrase'
            ? problem('wrong-passphrase')
            : problem('damaged-ciphertext', '$.ciphertext'),
        ],
        true,
      );
    }
    const inner = parseGuarded(opened.plaintext, ['ciphertext']);
    if (!inner.ok) return refuse(inner.problems, true);
    const sealed = SealedContentSchema.safeParse(inner.value);
    if (!sealed.success) {
      return refuse(schemaProblems(sealed.error.issues, inner.value, ['ciphertext']), true);
    }
    payloadRaw = (inner.value as { payload: unknown }).payload;
    parsedPayload = sealed.data.payload;
    payloadSha256 = sealed.data.payloadSha256;
    appVersion = envelope.data.appVersion;
    exportedAt = envelope.data.exportedAt;
    payloadPath = ['ciphertext', 'payload'];
  } else {
    const plain = PlainExchangeFileSchema.safeParse(root);
    if (!plain.success) return refuse(schemaProblems(plain.error.issues, root));
    payloadRaw = root.payload;
    parsedPayload = plain.data.payload;
    payloadSha256 = plain.data.payloadSha256;
    appVersion = plain.data.appVersion;
    exportedAt = plain.data.exportedAt;
    payloadPath = ['payload'];
  }

  // When Zod changed nothing (no string it trims had spaces), the parsed text itself is the
  // payload: its keys are in the canonical order the writer used, so the hashes below and every
  // later canonical text of these records skip sorting.
  const same = sameJson(payloadRaw, parsedPayload);
  const payload = same ? (payloadRaw as ExchangePayload) : parsedPayload;
  // The payload's and the rounds' canonical texts from one serialisation of each round.
  const texts = canonicalPayloadTexts(payload);
  // The hash covers the payload exactly as written (before Zod trims anything).
  const payloadText = same ? texts.payload : canonicalJson(payloadRaw);
  if ((await sha256Hex(payloadText)) !== payloadSha256) {
    return refuse([problem('hash-mismatch', formatJsonPath([...payloadPath]))], encrypted);
  }

  const problems: ExchangeProblem[] = [];
  const seen = new Map<string, number>();
  payload.rounds.forEach((round, index) => {
    const first = seen.get(round.id);
    if (first !== undefined) {
      problems.push(
        problem('duplicate-round', formatJsonPath([...payloadPath, 'rounds', index, 'id']), {
          id: round.id,
          first: formatJsonPath([...payloadPath, 'rounds', first, 'id']),
        }),
      );
    } else seen.set(round.id, index);
  });

  const frameworks: Framework[] = [];
  const frameworkKeys = new Set<string>();
  payload.frameworks.forEach((entry, index) => {
    const path = formatJsonPath([...payloadPath, 'frameworks', index]);
    const key = `${entry.id}@${entry.version}`;
    const loaded = loadFrameworkText(entry.text);
    if (!loaded.ok) {
      const first = loaded.error[0];
      problems.push(
        problem(
          'framework-invalid',
          path,
          { id: entry.id, version: entry.version },
          first ? message('atPath', { path: first.path, message: first.message }) : undefined,
        ),
      );
      return;
    }
    if (
      loaded.value.id !== entry.id ||
      loaded.value.version !== entry.version ||
      frameworkKeys.has(key)
    ) {
      problems.push(problem('framework-invalid', path, { id: entry.id, version: entry.version }));
      return;
    }
    frameworkKeys.add(key);
    frameworks.push(loaded.value);
  });
  if (problems.length > 0) return refuse(problems, encrypted);

  const roundHashes = await Promise.all(texts.roundContents.map((text) => sha256Hex(text)));
  return {
    ok: true,
    value: {
      appVersion,
      exportedAt,
      encrypted,
      payload,
      payloadText: texts.payload,
      payloadSha256,
      roundHashes,
      frameworks,
    },
  };
}

export interface WriteExchangeOptions {
  appVersion: string;
  exportedAt: string;
  /** Encrypts the payload when given (non-empty). */
  passphrase?: string;
  /** PBKDF2 iterations; never fewer than the format's minimum. */
  iterations?: number;
}

/** The file text for `payload`. */
export async function writeExchangeText(
  payload: ExchangePayload,
  options: WriteExchangeOptions,
): Promise<string> {
  const payloadSha256 = await payloadHash(payload);
  const base = {
    format: EXCHANGE_FORMAT,
    formatVersion: EXCHANGE_FORMAT_VERSION,
    appVersion: options.appVersion,
    exportedAt: options.exportedAt,
  };
  if (!options.passphrase) {
    // The payload in canonical key order: a reader then hashes it without sorting. Not
    // indented: a third of an indented file is whitespace that every reader must scan.
    return `${JSON.stringify({ ...base, payload: canonicalCopy(payload), payloadSha256 })}\n`;
  }
  const { encryption, ciphertext } = await seal({
    plaintext: JSON.stringify({ payload: canonicalCopy(payload), payloadSha256 }),
    passphrase: options.passphrase,
    ...(options.iterations ? { iterations: options.iterations } : {}),
    aad: (header) => additionalData({ ...base, encryption: header }),
  });
  return `${JSON.stringify({ ...base, encryption, ciphertext }, null, 2)}\n`;
}

/** Exported for tests: the canonical text the payload hash is taken over. */
export const canonicalPayload = (payload: ExchangePayload): string => canonicalJson(payload);
