// @vitest-environment node
/**
 * At least 1,000 generated malformed exchange files: every one is refused with a reason, nothing
 * crashes, and the database is byte-for-byte what it was (preview and apply both run).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { applyImport, previewImport } from '../../src/flows/exchange-import';
import { i18n } from '../../src/i18n';
import { resetDatabase, seedLocalFramework } from '../db/fixtures';
import { dumpDatabase, exportText, seedOwnFacility, source } from './exchange-helpers';
import { HEAVY_TEST } from '../timeouts';
import { runs } from '../property-runs';

vi.mock('../../src/io/bundled-frameworks', async (importOriginal) =>
  (await import('../db/framework-fixtures')).mockBundledFrameworks(importOriginal),
);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

let validText = '';
let valid: Record<string, Json>;

beforeAll(async () => {
  await resetDatabase();
  await seedLocalFramework();
  const { facilityId, rounds } = await seedOwnFacility('De Kempen', 'GI-K', 2);
  validText = await exportText({
    facilityId,
    roundIds: rounds.map((r) => r.id),
    includeName: true,
  });
  valid = JSON.parse(validText) as Record<string, Json>;
});

/** Every path to a value inside `root.payload`. */
function payloadPaths(root: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [];
  const walk = (value: Json, path: (string | number)[]) => {
    out.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    }
  };
  walk(root, prefix);
  return out;
}

function setAt(root: Json, path: (string | number)[], value: Json | undefined): Json {
  const copy = structuredClone(root);
  let target = copy as Record<string | number, Json>;
  for (const segment of path.slice(0, -1))
    target = target[segment] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(target)) target.splice(Number(last), 1);
    else delete target[last];
  } else target[last] = value;
  return copy;
}

const jsonValue = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>;

/** Generators that each produce a file that must be refused. */
function malformed(): fc.Arbitrary<string> {
  const paths = payloadPaths(valid.payload!, ['payload']).filter((p) => p.length > 1);
  const truncated = fc
    .integer({ min: 0, max: validText.length - 3 })
    .map((n) => validText.slice(0, n));
  // The payload changed without a new hash: refused as tampered (or as a bad shape first).
  const changedValue = fc
    .tuple(fc.constantFrom(...paths), jsonValue)
    .filter(([path, value]) => JSON.stringify(getAt(valid, path)) !== JSON.stringify(value))
    .map(([path, value]) => JSON.stringify(setAt(valid, path, value)));
  const removed = fc
    .constantFrom(...paths)
    .map((path) => JSON.stringify(setAt(valid, path, undefined)));
  const objectPaths = paths.filter((p) => {
    const v = getAt(valid, p);
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  });
  const poisoned = fc
    .tuple(
      fc.constantFrom(...objectPaths),
      fc.constantFrom('__proto__', 'constructor', 'prototype'),
    )
    .map(([path, key]) => {
      const text = JSON.stringify(setAt(valid, [...path, 'MARKER_KEY'], { x: 1 }));
      return text.replace('"MARKER_KEY"', JSON.stringify(key));
    });
  const envelope = fc
    .tuple(
      fc.constantFrom(
        'format',
        'formatVersion',
        'payloadSha256',
        'exportedAt',
        'appVersion',
        'payload',
      ),
      jsonValue,
    )
    .filter(([key, value]) => JSON.stringify(valid[key]) !== JSON.stringify(value))
    // Another app version is still a well-formed file; only a malformed one must be refused.
    .filter(
      ([key, value]) =>
        key !== 'appVersion' ||
        typeof value !== 'string' ||
        value.length === 0 ||
        value.length > 50,
    )
    .map(([key, value]) => JSON.stringify({ ...valid, [key]: value }));
  const garbage = fc.oneof(
    fc.string({ maxLength: 200 }),
    jsonValue.map((v) => JSON.stringify(v)),
    fc.integer({ min: 33, max: 2000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
  );
  const encryptedHeader = fc
    .record({
      iterations: fc.oneof(fc.integer(), fc.constant(1000)),
      salt: fc.string({ maxLength: 30 }),
      ciphertext: fc.string({ maxLength: 30 }),
    })
    .map(({ iterations, salt, ciphertext }) =>
      JSON.stringify({
        format: valid.format,
        formatVersion: 1,
        appVersion: '0.1.0',
        exportedAt: valid.exportedAt,
        encryption: {
          cipher: 'AES-GCM',
          keyLength: 256,
          kdf: 'PBKDF2',
          kdfHash: 'SHA-256',
          iterations,
          salt,
          iv: 'x',
          passphraseCheck: 'y',
        },
        ciphertext,
      }),
    );
  return fc.oneof(truncated, changedValue, removed, poisoned, envelope, garbage, encryptedHeader);
}

function getAt(root: Json, path: (string | number)[]): Json | undefined {
  let current: Json | undefined = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, Json>)[segment];
  }
  return current;
}

describe('malformed exchange files (property)', HEAVY_TEST, () => {
  it('refuses 1,000 generated malformed files, each with a reason, and changes nothing', async () => {
    const files = fc.sample(malformed(), { numRuns: runs(1000), seed: 20261201 });
    expect(files.length).toBe(runs(1000));
    const before = await dumpDatabase();
    for (let start = 0; start < files.length; start += 100) {
      const batch = files.slice(start, start + 100).map((text) => source(text));
      const preview = await previewImport(batch);
      for (const [index, file] of preview.files.entries()) {
        const context = `file ${start + index}: ${files[start + index]!.slice(0, 200)}`;
        expect(file.verdict, context).toBe('refused');
        expect(file.problems.length, context).toBeGreaterThan(0);
        for (const problem of file.problems) {
          const key = `exchange:problems.${problem.code}`;
          expect(i18n.exists(key, { lng: 'nl-BE' }), `${key} (${context})`).toBe(true);
          expect(i18n.exists(key, { lng: 'en' }), `${key} (${context})`).toBe(true);
          expect(problem.path, context).toMatch(/^\$/);
        }
      }
      const applied = await applyImport(preview, new Map());
      expect(applied.ok).toBe(true);
    }
    expect(await dumpDatabase()).toEqual(before);
  }, 300_000);
});
