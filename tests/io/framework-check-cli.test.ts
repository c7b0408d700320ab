// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/framework-check';
import { FIXTURE_PATH, validFramework } from './framework-test-utils';
import { HEAVY_TEST } from '../timeouts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GOOD = fileURLToPath(FIXTURE_PATH);
const STACK_LINE = /^\s+at /m;

let dir: string;
let bad: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'framework-check-'));
  const fw = validFramework();
  fw.domains[0].criteria[1].weight = 0;
  fw.domains[1].criteria[0].colour = 'red';
  bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify(fw, null, 2));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function run(argv: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await main(argv, (line) => lines.push(...line.split('\n')));
  return { code, lines };
}

describe('framework-check main()', () => {
  it('prints a one-line summary for a valid file and exits 0', async () => {
    const { code, lines } = await run([GOOD]);
    expect(code).toBe(0);
    expect(lines).toEqual([`${GOOD}: OK minimaal-kader 1.0.0 (concept) — 2 domains, 3 criteria`]);
  });

  it('lists every error with its path and exits 1', async () => {
    const { code, lines } = await run([bad]);
    expect(code).toBe(1);
    expect(lines).toEqual([
      `${bad}: 2 errors`,
      '  $.domains[0].criteria[1].weight — This number must be greater than 0, but it is 0.',
      '  $.domains[1].criteria[0].colour — The field "colour" is not allowed here; check the spelling or remove it.',
    ]);
  });

  it('switches to Dutch with --lang nl-BE', async () => {
    const { code, lines } = await run(['--lang', 'nl-BE', bad, GOOD]);
    expect(code).toBe(1);
    expect(lines[0]).toBe(`${bad}: 2 fouten`);
    expect(lines[1]).toBe(
      '  $.domains[0].criteria[1].weight — Dit getal moet groter dan 0 zijn, maar het is 0.',
    );
    expect(lines[3]).toBe(`${GOOD}: OK minimaal-kader 1.0.0 (concept) — 2 domeinen, 3 criteria`);
  });

  it('reports a missing file in one line without a stack trace', async () => {
    const missing = join(dir, 'does-not-exist.json');
    const { code, lines } = await run([missing]);
    expect(code).toBe(1);
    expect(lines).toEqual([`${missing}: file not found`]);
  });

  it('reports a directory, invalid UTF-8 and an oversized file', async () => {
    const notUtf8 = join(dir, 'latin1.json');
    writeFileSync(notUtf8, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, ' '.repeat(2 * 1024 * 1024 + 1));
    const { code, lines } = await run([dir, notUtf8, huge]);
    expect(code).toBe(1);
    expect(lines[0]).toBe(`${dir}: this is a directory, not a file`);
    expect(lines[1]).toBe(`${notUtf8}: 1 error`);
    expect(lines[2]).toMatch(/^ {2}\$ — The file is not valid UTF-8/);
    expect(lines[3]).toBe(`${huge}: 1 error`);
    expect(lines[4]).toMatch(/^ {2}\$ — The file is too large/);
  });

  it('exits 2 with usage when no file is given or an option is unknown', async () => {
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.lines[0]).toMatch(/^Usage: framework-check/);
    expect((await run(['--verbose', GOOD])).code).toBe(2);
    expect((await run(['--lang', 'fr', GOOD])).code).toBe(2);
  });
});

describe('framework-check across files', () => {
  it('skips the generated JSON Schema file', async () => {
    const schema = join(ROOT, 'frameworks', 'framework.schema.json');
    const { code, lines } = await run([schema, GOOD]);
    expect(code).toBe(0);
    expect(lines[0]).toBe(`${schema}: skipped (JSON Schema, not a framework file)`);
  });

  it('rejects two files with the same id and version but different content', async () => {
    const changed = validFramework();
    changed.description.en = 'Changed without a new version.';
    const copy = join(dir, 'changed.json');
    writeFileSync(copy, JSON.stringify(changed));
    const same = join(dir, 'same.json');
    writeFileSync(same, JSON.stringify(validFramework()));

    expect((await run([GOOD, same])).code).toBe(0);
    const { code, lines } = await run([GOOD, copy]);
    expect(code).toBe(1);
    expect(lines[2]).toBe(
      `${copy}: minimaal-kader 1.0.0 has the same id and version as ${GOOD}, but different content; give a changed framework a new version.`,
    );
  });
});

describe('framework-check as a process', HEAVY_TEST, () => {
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const spawn = (...args: string[]) =>
    spawnSync(tsx, ['src/cli/framework-check.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('exits 0 for a valid file, 1 for a missing one, without stack traces', () => {
    const good = spawn(GOOD);
    expect(good.status).toBe(0);
    expect(good.stdout).toContain(': OK minimaal-kader 1.0.0 (concept)');

    const missing = spawn(join(dir, 'nope.json'), bad);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain('nope.json: file not found');
    expect(missing.stdout).toContain('bad.json: 2 errors');
    expect(missing.stdout + missing.stderr).not.toMatch(STACK_LINE);
    expect(missing.stderr).toBe('');

    const usage = spawn();
    expect(usage.status).toBe(2);
  }, 120_000);
});
