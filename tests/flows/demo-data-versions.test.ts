// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { demoFrameworks, loadDemoData } from '../../src/flows/demo-data';
import { resetDatabase, unwrap } from '../db/fixtures';

// The real bundled frameworks: 1.0.0 and its concept revision 1.1.0 (issue 14).
describe('demo data on the bundled framework versions', () => {
  beforeEach(resetDatabase);

  it('offers every bundled version, newest first, and preselects the current non-concept one', async () => {
    const { choices, defaultKey } = await demoFrameworks();
    const keys = choices.map((c) => c.key);
    expect(keys).toEqual([
      'kwaliteitskader-tienerpooiers@1.1.0',
      'kwaliteitskader-tienerpooiers@1.0.0',
    ]);
    expect(choices[0]!.status).toBe('concept');
    expect(defaultKey).toBe('kwaliteitskader-tienerpooiers@1.0.0');
  });

  it('loads on the default version unless another is chosen, and says which', async () => {
    const loaded = unwrap(await loadDemoData());
    expect(loaded).toMatchObject({ frameworkVersion: '1.0.0', facilities: 40 });
    const versions = new Set((await db.assessments.toArray()).map((a) => a.frameworkVersion));
    expect([...versions]).toEqual(['1.0.0']);

    const chosen = unwrap(await loadDemoData('kwaliteitskader-tienerpooiers@1.1.0'));
    expect(chosen).toMatchObject({ frameworkVersion: '1.1.0', assessments: 80 });
    const after = new Set((await db.assessments.toArray()).map((a) => a.frameworkVersion));
    expect([...after]).toEqual(['1.1.0']);
  });

  it('refuses a version that is not bundled and writes nothing', async () => {
    const result = await loadDemoData('kwaliteitskader-tienerpooiers@9.9.9');
    expect(result.ok).toBe(false);
    expect(await db.assessments.count()).toBe(0);
  });
});
