// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FRAMEWORK_SCHEMA_PATH, frameworkJsonSchemaText } from '../../src/cli/framework-schema';

describe('frameworks/framework.schema.json', () => {
  it('equals the schema generated from Zod (run `npm run framework:schema` if not)', () => {
    expect(readFileSync(FRAMEWORK_SCHEMA_PATH, 'utf8')).toBe(frameworkJsonSchemaText());
  });

  it('is draft 2020-12, strict, and allows "$schema"', () => {
    const schema = JSON.parse(frameworkJsonSchemaText());
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.$schema).toEqual({ type: 'string' });
    expect(schema.required).not.toContain('$schema');
    expect(schema.$defs.LText.additionalProperties).toBe(false);
  });
});
