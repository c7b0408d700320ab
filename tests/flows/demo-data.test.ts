// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { createFacility } from '../../src/db/facilities-repo';
import { exportBackup } from '../../src/flows/backup';
import { countDemo, loadDemoData, removeDemoData } from '../../src/flows/demo-data';
import { exportExchange } from '../../src/flows/exchange-export';
import { facilityInput, resetDatabase, unwrap } from '../db/fixtures';

vi.mock('../../src/io/bundled-frameworks', async (importOriginal) =>
  (await import('../db/framework-fixtures')).mockBundledFrameworks(importOriginal),
);

const NOW = new Date('2026-12-02T10:00:00Z');

describe('demo data', () => {
  beforeEach(resetDatabase);

  it('loads 40 facilities with two rounds each, replaces itself, and removes only demo records', async () => {
    const own = unwrap(await createFacility(facilityInput('Eigen voorziening')));
    expect(unwrap(await loadDemoData())).toMatchObject({ facilities: 40, assessments: 80 });
    expect(unwrap(await loadDemoData())).toMatchObject({ facilities: 40, assessments: 80 });
    expect(await db.facilities.count()).toBe(41);
    expect(await countDemo()).toEqual({ facilities: 40, assessments: 80 });
    expect(unwrap(await removeDemoData())).toEqual({ facilities: 40, assessments: 80 });
    expect((await db.facilities.toArray()).map((f) => f.id)).toEqual([own.id]);
    expect(await db.assessments.count()).toBe(0);
  });

  it('leaves demo records out of a backup unless asked', async () => {
    unwrap(await createFacility(facilityInput('Eigen voorziening')));
    unwrap(await loadDemoData());
    const plain = JSON.parse(unwrap(await exportBackup(NOW)).json) as {
      facilities: { name: string }[];
      assessments: unknown[];
    };
    expect(plain.facilities.map((f) => f.name)).toEqual(['Eigen voorziening']);
    expect(plain.assessments).toEqual([]);
    const withDemo = JSON.parse(unwrap(await exportBackup(NOW, { includeDemo: true })).json) as {
      facilities: unknown[];
      assessments: unknown[];
    };
    expect(withDemo.facilities).toHaveLength(41);
    expect(withDemo.assessments).toHaveLength(80);
  });

  it('never puts a demo facility in an exchange file', async () => {
    unwrap(await loadDemoData());
    const rounds = await db.assessments.where('facilityId').equals('demo-f01').toArray();
    const result = await exportExchange(
      { facilityId: 'demo-f01', roundIds: rounds.map((r) => r.id), includeName: true },
      NOW,
    );
    expect(result).toEqual({ ok: false, error: { kind: 'demo' } });
  });
});
