// @vitest-environment node
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { BOARD_SECTIONS } from '../../src/domain/report';
import { loadBundledFrameworks } from '../../src/io/bundled-frameworks';
import { listReportable, loadFacilityReport, loadPlanReport } from '../../src/flows/reports';
import type { Framework } from '../../src/schemas/framework';
import type { Facility } from '../../src/schemas/records';
import { fullRound, STAMP } from '../features/reports/report-fixture';
import { resetDatabase } from '../db/fixtures';

const facility = (id: string, name: string, demo = false): Facility => ({
  id,
  name,
  type: 'gemeenschapsinstelling',
  region: 'antwerpen',
  alias: '',
  archived: false,
  createdAt: STAMP,
  updatedAt: STAMP,
  ...(demo ? { demo: true as const } : {}),
});

let framework: Framework;
beforeAll(async () => {
  framework = (await loadBundledFrameworks()).frameworks.find(
    (f) => f.framework.version === '1.0.0',
  )!.framework;
});

const opts = { includeDemo: false, unknownFacility: '?' };

describe('report data from the database', () => {
  beforeEach(async () => {
    await resetDatabase();
    await db.facilities.bulkPut([
      facility('own', 'De Vlinder'),
      facility('demo-f01', 'Demo 1', true),
    ]);
    const earlier = { ...fullRound(framework, { id: 'r0', facilityId: 'own', period: '2025' }) };
    earlier.createdAt = '2025-06-01T10:00:00.000Z';
    earlier.finalisedAt = '2025-06-01T10:00:00.000Z';
    await db.assessments.bulkPut([
      earlier,
      fullRound(framework, { id: 'r1', facilityId: 'own' }),
      fullRound(framework, { id: 'd1', facilityId: 'demo-f01', demo: true }),
    ]);
  });

  it('lists facilities with rounds, demo ones only when asked', async () => {
    const plain = await listReportable({ includeDemo: false });
    expect(plain.hasDemo).toBe(true);
    expect(plain.facilities.map((f) => f.facility.name)).toEqual(['De Vlinder']);
    expect(plain.facilities[0]!.rounds.map((r) => r.id)).toEqual(['r1', 'r0']);
    const all = await listReportable({ includeDemo: true });
    expect(all.facilities.map((f) => f.facility.name)).toEqual(['De Vlinder', 'Demo 1']);
  });

  it('refuses a demo round unless demo data is chosen', async () => {
    expect(await loadFacilityReport('d1', BOARD_SECTIONS, opts)).toEqual({
      ok: false,
      error: { kind: 'demo' },
    });
    const chosen = await loadFacilityReport('d1', BOARD_SECTIONS, { ...opts, includeDemo: true });
    expect(chosen.ok && chosen.value.facility).toEqual({
      id: 'demo-f01',
      label: 'Demo 1',
      demo: true,
    });
    expect((await loadPlanReport('d1', opts)).ok).toBe(false);
  });

  it('builds the report with the chosen sections and the trend over the facility rounds', async () => {
    const loaded = await loadFacilityReport('r1', ['rules', 'summary', 'trend'], opts);
    if (!loaded.ok) throw new Error('expected a report');
    expect(loaded.value.sections).toEqual(['summary', 'trend', 'rules']);
    expect(loaded.value.facility.label).toBe('De Vlinder');
    const group = loaded.value.trend?.groups[0];
    expect(group?.rounds.map((r) => r.label)).toEqual(['2025', 'Voorjaar 2026']);
  });

  it('says so when the round is gone', async () => {
    expect(await loadFacilityReport('nope', BOARD_SECTIONS, opts)).toEqual({
      ok: false,
      error: { kind: 'not-found' },
    });
  });
});
