/**
 * Generates frameworks/framework.schema.json from the Zod schema: `npm run framework:schema`.
 * `--check` only compares and exits 1 when the committed file is out of date.
 *
 * The JSON Schema is for editors (completion, inline errors via "$schema"); it covers the shape
 * only. The loader stays the authority and also checks the cross-field rules.
 */
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { FrameworkFileSchema } from '../schemas/framework';

export const FRAMEWORK_SCHEMA_PATH = fileURLToPath(
  new URL('../../frameworks/framework.schema.json', import.meta.url),
);

/** The JSON Schema text exactly as it is committed (2-space indent, trailing newline). */
export function frameworkJsonSchemaText(): string {
  // io "input": describes what authors write (optional fields stay optional).
  const schema = z.toJSONSchema(FrameworkFileSchema, { target: 'draft-2020-12', io: 'input' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}

export function main(argv: readonly string[], write: (line: string) => void): number {
  const expected = frameworkJsonSchemaText();
  if (argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(FRAMEWORK_SCHEMA_PATH, 'utf8');
    } catch {
      // A missing file simply counts as out of date.
    }
    if (current === expected) {
      write('frameworks/framework.schema.json is up to date.');
      return 0;
    }
    write('frameworks/framework.schema.json is out of date; run `npm run framework:schema`.');
    return 1;
  }
  writeFileSync(FRAMEWORK_SCHEMA_PATH, expected);
  write('Wrote frameworks/framework.schema.json');
  return 0;
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
  try {
    process.exitCode = main(process.argv.slice(2), (line) => process.stdout.write(`${line}\n`));
  } catch (error) {
    process.stdout.write(
      `framework-schema: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  }
}
