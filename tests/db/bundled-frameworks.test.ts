// @vitest-environment node
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBundledFrameworks } from '../../src/io/bundled-frameworks';

describe('bundled frameworks (the real frameworks/ folder)', () => {
  it('loads every framework file shipped with the app, without problems', async () => {
    const files = readdirSync(new URL('../../frameworks/', import.meta.url)).filter(
      (file) => file.endsWith('.json') && !file.endsWith('.schema.json'),
    );
    const bundled = await loadBundledFrameworks();
    expect(bundled.problems).toEqual([]);
    expect(bundled.frameworks.map((f) => f.file.replace('/frameworks/', '')).sort()).toEqual(
      files.sort(),
    );
    // Cached: the same promise result on every call.
    expect(await loadBundledFrameworks()).toBe(bundled);
  });
});
