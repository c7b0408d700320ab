import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { MemoryRouter, Route, Routes } from 'react-router';
import '../../../src/i18n';
import { i18n } from '../../../src/i18n';
import { saveAnswer } from '../../../src/db/assessments-repo';
import { createAssessment } from '../../../src/flows/assessments';
import { db } from '../../../src/db/database';
import type { WriteResult } from '../../../src/db/errors';
import { createFacility } from '../../../src/db/facilities-repo';
import { saveLocalFramework } from '../../../src/flows/framework-catalogue';
import { resetPersistenceRequestForTests } from '../../../src/db/storage';
import { SettingsArea } from '../../../src/features/settings/settings-area';
import { emptyAnswer, type Assessment, type Facility } from '../../../src/schemas/records';
import minimalValid from '../../io/fixtures/minimal-valid.json';

export const FRAMEWORK = { id: 'minimaal-kader', version: '1.0.0' } as const;
export const MINIMAL_FRAMEWORK_TEXT = JSON.stringify(minimalValid, null, 2);

export function unwrap<T>(result: WriteResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Empty database, Dutch UI. */
export async function resetAll(): Promise<void> {
  await i18n.changeLanguage('nl-BE');
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
  resetPersistenceRequestForTests();
}

/** A facility with one answered round on a locally loaded framework. */
export async function seedData(): Promise<{ facility: Facility; assessment: Assessment }> {
  const saved = await saveLocalFramework(MINIMAL_FRAMEWORK_TEXT);
  if (!saved.ok) throw new Error('fixture framework did not load');
  const facility = unwrap(
    await createFacility({
      name: 'De Kade',
      type: 'gemeenschapsinstelling',
      region: 'antwerpen',
      alias: 'GI-1',
    }),
  );
  const round = unwrap(
    await createAssessment({
      facilityId: facility.id,
      frameworkId: FRAMEWORK.id,
      frameworkVersion: FRAMEWORK.version,
      periodLabel: '2026 voorjaar',
      participants: [{ role: 'begeleider', count: 3 }],
    }),
  );
  const criterionId = minimalValid.domains[0]!.criteria[0]!.id;
  const assessment = unwrap(
    await saveAnswer(
      round.id,
      criterionId,
      { ...emptyAnswer(new Date().toISOString()), level: 3 },
      null,
    ),
  );
  return { facility, assessment };
}

/** Every table, in a stable order, to compare before and after. */
export async function dumpDb() {
  return {
    facilities: await db.facilities.orderBy('id').toArray(),
    assessments: await db.assessments.orderBy('id').toArray(),
    frameworks: await db.frameworks.toArray(),
    meta: await db.meta.orderBy('key').toArray(),
  };
}

export async function clearData(): Promise<void> {
  await Promise.all(db.tables.map((table) => table.clear()));
}

export function textFile(text: string, name: string): File {
  return new File([text], name, { type: 'application/json' });
}

export function renderSettings(path = '/instellingen') {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/instellingen/*" element={<SettingsArea />} />
      </Routes>
    </MemoryRouter>,
  );
}

/** Blob.text() is missing in some jsdom versions. */
export function blobText(blob: Blob): Promise<string> {
  if (typeof blob.text === 'function') return blob.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

/**
 * jsdom has no object URLs and would try to navigate on a download link click: replace both
 * and record what was offered. Call the returned restore() afterwards.
 */
export function mockDownloads() {
  const created: Blob[] = [];
  const clicked: { href: string; download: string }[] = [];
  const createObjectURL = vi.fn((blob: Blob) => {
    created.push(blob);
    return `blob:test/${created.length}`;
  });
  const revokeObjectURL = vi.fn();
  const original = {
    create: Object.getOwnPropertyDescriptor(URL, 'createObjectURL'),
    revoke: Object.getOwnPropertyDescriptor(URL, 'revokeObjectURL'),
  };
  Object.defineProperty(URL, 'createObjectURL', {
    value: createObjectURL,
    configurable: true,
    writable: true,
  });
  Object.defineProperty(URL, 'revokeObjectURL', {
    value: revokeObjectURL,
    configurable: true,
    writable: true,
  });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicked.push({ href: this.href, download: this.download });
  });
  return {
    created,
    clicked,
    createObjectURL,
    revokeObjectURL,
    restore() {
      click.mockRestore();
      for (const [key, descriptor] of [
        ['createObjectURL', original.create],
        ['revokeObjectURL', original.revoke],
      ] as const) {
        if (descriptor) Object.defineProperty(URL, key, descriptor);
        else delete (URL as unknown as Record<string, unknown>)[key];
      }
    },
  };
}
