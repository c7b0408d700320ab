// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FORBIDDEN_KEYS } from '../../../src/domain/forbidden-keys';
import { canonicalJson } from '../../../src/domain/framework-model';
import {
  MAX_EXCHANGE_BYTES,
  readExchangeText,
  writeExchangeText,
  type ReadExchangeResult,
} from '../../../src/io/exchange/format';
import { payloadHash, roundContentHash } from '../../../src/io/exchange/hash';
import { MIN_PBKDF2_ITERATIONS } from '../../../src/schemas/exchange';
import { frameworkText } from '../../db/framework-fixtures';
import { WRITE_OPTIONS, payload, round } from './fixtures';
import { HEAVY_TEST } from '../../timeouts';
import { say } from '../../say';

function codes(result: ReadExchangeResult): string[] {
  return result.ok ? [] : result.error.problems.map((p) => p.code);
}
function paths(result: ReadExchangeResult): string[] {
  return result.ok ? [] : result.error.problems.map((p) => p.path);
}

async function plainFile(): Promise<Record<string, unknown>> {
  return JSON.parse(await writeExchangeText(payload(), WRITE_OPTIONS)) as Record<string, unknown>;
}

describe('plain exchange files', HEAVY_TEST, () => {
  it('reads back what it wrote, with the hash of the canonical payload', async () => {
    const text = await writeExchangeText(payload(), WRITE_OPTIONS);
    const result = await readExchangeText(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.payload).toEqual(payload());
    expect(result.value.encrypted).toBe(false);
    expect(result.value.payloadSha256).toBe(await payloadHash(payload()));
    expect(result.value.payloadSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.value.frameworks.map((f) => f.id)).toEqual(['minimaal-kader']);
    expect(result.value.roundHashes).toHaveLength(2);
  });

  it('hashes content, not layout: key order and indentation do not matter', async () => {
    const file = await plainFile();
    const reordered = JSON.parse(canonicalJson(file)) as Record<string, unknown>;
    const result = await readExchangeText(JSON.stringify(reordered));
    expect(result.ok).toBe(true);
  });

  it('a round hash ignores ancestry and the framework fingerprint but sees any edit', async () => {
    const base = await roundContentHash(round('r1'));
    expect(await roundContentHash(round('r1', { ancestry: ['a'.repeat(64)] }))).toBe(base);
    expect(await roundContentHash(round('r1', { revision: 5 }))).not.toBe(base);
  });

  it('refuses a tampered payload: one changed level', async () => {
    const file = await plainFile();
    const rounds = (file.payload as { rounds: { answers: Record<string, { level: number }> }[] })
      .rounds;
    rounds[0]!.answers['signalen-herkennen']!.level = 5;
    const result = await readExchangeText(JSON.stringify(file));
    expect(codes(result)).toEqual(['hash-mismatch']);
    expect(paths(result)).toEqual(['$.payload']);
  });

  it('refuses a tampered hash', async () => {
    const file = await plainFile();
    file.payloadSha256 = '0'.repeat(64);
    expect(codes(await readExchangeText(JSON.stringify(file)))).toEqual(['hash-mismatch']);
  });

  it('refuses truncated files, non-JSON, empty files and other formats, with a reason', async () => {
    const text = await writeExchangeText(payload(), WRITE_OPTIONS);
    expect(codes(await readExchangeText(text.slice(0, text.length / 2)))).toEqual(['not-json']);
    expect(codes(await readExchangeText('Beste evaluator, hierbij ons bestand.'))).toEqual([
      'not-json',
    ]);
    expect(codes(await readExchangeText('  \n'))).toEqual(['empty']);
    expect(codes(await readExchangeText('[1,2,3]'))).toEqual(['not-exchange']);
    expect(codes(await readExchangeText('{"format":"iets-anders","formatVersion":1}'))).toEqual([
      'not-exchange',
    ]);
    expect(
      codes(await readExchangeText('{"format":"kwaliteitskader-backup","formatVersion":1}')),
    ).toEqual(['is-backup']);
    expect(codes(await readExchangeText(frameworkText('x', '1.0.0')))).toEqual(['is-framework']);
  });

  it('refuses a future and an unknown format version, naming the version', async () => {
    const file = await plainFile();
    file.formatVersion = 7;
    const newer = await readExchangeText(JSON.stringify(file));
    expect(codes(newer)).toEqual(['format-version-newer']);
    expect(newer.ok ? null : newer.error.problems[0]!.params).toEqual({ version: 7, known: 1 });
    file.formatVersion = '1';
    expect(codes(await readExchangeText(JSON.stringify(file)))).toEqual(['format-version-unknown']);
  });

  it('refuses __proto__ and constructor keys wherever they are, by path', async () => {
    const text = await writeExchangeText(payload(), WRITE_OPTIONS);
    const poisoned = text.replace(
      '"signalen-herkennen":{',
      '"__proto__": {"polluted": 1}, "signalen-herkennen": {',
    );
    const result = await readExchangeText(poisoned);
    expect(codes(result)).toContain('forbidden-key');
    expect(paths(result)[0]).toBe('$.payload.rounds[0].answers.__proto__');
    const ctor = text.replace('"facility":{', '"facility": {"constructor": {"prototype": 1},');
    expect(codes(await readExchangeText(ctor))).toEqual(['forbidden-key']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses each key of the shared forbidden list, alone', async () => {
    const text = await writeExchangeText(payload(), WRITE_OPTIONS);
    for (const key of FORBIDDEN_KEYS) {
      const poisoned = text.replace('"facility":{', `"facility": {"${key}": 1,`);
      expect(codes(await readExchangeText(poisoned)), key).toEqual(['forbidden-key']);
      expect(paths(await readExchangeText(poisoned)), key).toEqual([`$.payload.facility.${key}`]);
    }
  });

  it('refuses a forbidden key written with unicode escapes', async () => {
    const text = await writeExchangeText(payload(), WRITE_OPTIONS);
    const escaped = text.replace('"facility":{', '"facility": {"\\u005f_proto__": {"x": 1},');
    expect(escaped).toContain('\\u005f_proto__');
    expect(codes(await readExchangeText(escaped))).toEqual(['forbidden-key']);
  });

  it('refuses deep nesting before parsing', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(codes(await readExchangeText(deep))).toEqual(['too-deep']);
  });

  it('refuses a string of megabytes in a bounded field, naming the field', async () => {
    const big = payload({ rounds: [round('r1', { periodLabel: 'x'.repeat(3_000_000) })] });
    const result = await readExchangeText(await writeExchangeText(big, WRITE_OPTIONS));
    expect(codes(result)).toEqual(['invalid-field']);
    expect(paths(result)).toEqual(['$.payload.rounds[0].periodLabel']);
  });

  it('refuses a file over the size cap without parsing it', async () => {
    const huge = `{"format":"kwaliteitskader-uitwisseling","x":"${'a'.repeat(MAX_EXCHANGE_BYTES)}"}`;
    const result = await readExchangeText(huge);
    expect(codes(result)).toEqual(['too-large']);
  });

  it('names the one bad record in the middle of an otherwise valid file', async () => {
    const bad = round('r2');
    (bad.answers['meldpunt-bekend'] as unknown as Record<string, unknown>).level = 'hoog';
    const result = await readExchangeText(
      await writeExchangeText(payload({ rounds: [round('r1'), bad, round('r3')] }), WRITE_OPTIONS),
    );
    expect(codes(result)).toEqual(['invalid-field']);
    expect(paths(result)).toEqual(['$.payload.rounds[1].answers["meldpunt-bekend"].level']);
    expect(result.ok ? null : say(result.error.problems[0]!.detail, 'en')).toMatch(/number/i);
  });

  it('refuses duplicate rounds and a broken embedded framework', async () => {
    const dup = await readExchangeText(
      await writeExchangeText(payload({ rounds: [round('r1'), round('r1')] }), WRITE_OPTIONS),
    );
    expect(codes(dup)).toEqual(['duplicate-round']);
    const broken = await readExchangeText(
      await writeExchangeText(
        payload({ frameworks: [{ id: 'minimaal-kader', version: '1.0.0', text: '{"x":1}' }] }),
        WRITE_OPTIONS,
      ),
    );
    expect(codes(broken)).toEqual(['framework-invalid']);
    expect(broken.ok ? null : broken.error.problems[0]!.params).toEqual({
      id: 'minimaal-kader',
      version: '1.0.0',
    });
  });
});

describe('values as checked', () => {
  it('reads trimmed values, while the hash covers the text as written', async () => {
    const padded = payload({ rounds: [round('r1', { periodLabel: '  Voorjaar  ' })] });
    padded.facility.name = ' De Kempen ';
    const result = await readExchangeText(await writeExchangeText(padded, WRITE_OPTIONS));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.payload.facility.name).toBe('De Kempen');
    expect(result.value.payload.rounds[0]!.periodLabel).toBe('Voorjaar');
  });
});

describe('embedded frameworks', () => {
  const embedded = async (entries: { id: string; version: string; text: string }[]) =>
    readExchangeText(await writeExchangeText(payload({ frameworks: entries }), WRITE_OPTIONS));
  const { id, version, text } = payload().frameworks[0]!;

  it('refuses a framework whose text is another version or another framework than it claims', async () => {
    for (const claimed of [
      { id, version: '9.9.9' },
      { id: 'ander-kader', version },
    ]) {
      const result = await embedded([{ ...claimed, text }]);
      expect(codes(result), JSON.stringify(claimed)).toEqual(['framework-invalid']);
      expect(paths(result)).toEqual(['$.payload.frameworks[0]']);
      expect(result.ok ? null : result.error.problems[0]!.params).toEqual(claimed);
    }
  });

  it('refuses the same framework version embedded twice, at the second', async () => {
    const result = await embedded([
      { id, version, text },
      { id, version, text },
    ]);
    expect(codes(result)).toEqual(['framework-invalid']);
    expect(paths(result)).toEqual(['$.payload.frameworks[1]']);
  });
});

describe('encrypted exchange files', HEAVY_TEST, () => {
  // One encryption for the whole block: PBKDF2 with 600,000 iterations takes a while.
  const encrypted = writeExchangeText(payload(), {
    ...WRITE_OPTIONS,
    passphrase: 'Juist wachtwoord 7',
  });

  it('keeps the parameters readable and the content unreadable', async () => {
    const file = JSON.parse(await encrypted) as Record<string, unknown>;
    expect(file.encryption).toMatchObject({
      cipher: 'AES-GCM',
      keyLength: 256,
      kdf: 'PBKDF2',
      kdfHash: 'SHA-256',
      iterations: MIN_PBKDF2_ITERATIONS,
    });
    expect(await encrypted).not.toContain('De Kempen');
    expect(file.payload).toBeUndefined();
  });

  it('asks for a passphrase, then opens with the right one', async () => {
    const text = await encrypted;
    const without = await readExchangeText(text);
    expect(codes(without)).toEqual(['passphrase-needed']);
    expect(without.ok ? null : without.error.encrypted).toBe(true);
    const opened = await readExchangeText(text, 'Juist wachtwoord 7');
    expect(opened.ok).toBe(true);
    if (opened.ok) {
      expect(opened.value.encrypted).toBe(true);
      expect(opened.value.payload).toEqual(payload());
    }
  });

  it('says a wrong passphrase is wrong, never returning garbage', async () => {
    expect(codes(await readExchangeText(await encrypted, 'fout wachtwoord'))).toEqual([
      'wrong-passphrase',
    ]);
  });

  it('refuses tampered ciphertext and a tampered header as damaged', async () => {
    const file = JSON.parse(await encrypted) as { ciphertext: string; exportedAt: string };
    const chars = file.ciphertext.split('');
    chars[10] = chars[10] === 'A' ? 'B' : 'A';
    const tampered = { ...file, ciphertext: chars.join('') };
    expect(codes(await readExchangeText(JSON.stringify(tampered), 'Juist wachtwoord 7'))).toEqual([
      'damaged-ciphertext',
    ]);
    const header = { ...file, exportedAt: '2030-01-01T00:00:00.000Z' };
    expect(codes(await readExchangeText(JSON.stringify(header), 'Juist wachtwoord 7'))).toEqual([
      'damaged-ciphertext',
    ]);
  });

  it('refuses too few iterations before deriving anything', async () => {
    const file = JSON.parse(await encrypted) as { encryption: { iterations: number } };
    file.encryption.iterations = 1000;
    const result = await readExchangeText(JSON.stringify(file), 'Juist wachtwoord 7');
    expect(codes(result)).toEqual(['invalid-field']);
    expect(paths(result)).toEqual(['$.encryption.iterations']);
  });
});

describe('reading fast paths keep their guarantees', () => {
  it('writes the payload in canonical key order', async () => {
    const text = await writeExchangeText(payload(), WRITE_OPTIONS);
    const parsed = JSON.parse(text) as { payload: unknown };
    expect(JSON.stringify(parsed.payload)).toBe(canonicalJson(payload()));
  });

  it('refuses a forbidden key in a value-free spot of a file without any other hint', async () => {
    // Neither "constructor", "prototype" nor an escape anywhere else: the key itself must
    // still be found.
    const text = await writeExchangeText(payload(), WRITE_OPTIONS);
    expect(text).not.toMatch(/__proto__|constructor|prototype|\\u/);
    for (const key of ['__proto__', 'constructor', 'prototype', '\\u0063onstructor']) {
      const poisoned = text.replace('"facility":{', `"facility": {"${key}": 1,`);
      expect(codes(await readExchangeText(poisoned))).toEqual(['forbidden-key']);
    }
  });

  it('hashes a round by its stored form when the file had spaces Zod trims', async () => {
    const clean = payload();
    const spaced = payload({ rounds: [round('r1', { periodLabel: '  2025 voorjaar  ' })] });
    const text = await writeExchangeText(spaced, WRITE_OPTIONS);
    const result = await readExchangeText(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.payload.rounds[0]!.periodLabel).toBe('2025 voorjaar');
    expect(result.value.roundHashes[0]).toBe(
      await roundContentHash({ ...clean.rounds[0]!, periodLabel: '2025 voorjaar' }),
    );
  });
});
