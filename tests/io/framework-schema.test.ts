// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FRAMEWORK_SCHEMA_PATH, frameworkJsonSchemaText } from '../../src/cli/framework-schema';

describe('frameworks/framework.schema.json', () => {
  it('equals the schema generated from Zod (run `npm run framework:schema` if not)', () => {
    expect(readFileSync(FRAMEWORK_SCHEMA_PATH, 'utf8')).toBe(frameworkJsonSchemaText());
  });

  it('is draft 2020-12, one strict branch per format version, and allows "$schema"', () => {
    const schema = JSON.parse(frameworkJsonSchemaText());
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(
      schema.oneOf.map(
        (branch: { properties: { formatVersion: unknown } }) => branch.properties.formatVersion,
      ),
    ).toEqual([
      { type: 'number', const: 1 },
      { type: 'number', const: 2 },
    ]);
    for (const branch of schema.oneOf) {
      expect(branch.additionalProperties).toBe(false);
      expect(branch.properties.$schema).toEqual({ type: 'string' });
      expect(branch.required).not.toContain('$schema');
    }
    expect(schema.$defs.LText.additionalProperties).toBe(false);
  });
});
