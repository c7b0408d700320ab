import { expect } from 'vitest';
import { db } from '../../src/db/database';
import type { WriteResult } from '../../src/db/errors';
import type { Answer } from '../../src/schemas/records';
import { emptyAnswer } from '../../src/schemas/records';
import { createFacility, type FacilityInput } from '../../src/db/facilities-repo';
import { saveLocalFramework } from '../../src/flows/framework-catalogue';

export {
  BUNDLED_FRAMEWORK,
  BUNDLED_FRAMEWORK_TEXT,
  BUNDLED_MODULES,
  CRITERIA,
  LOCAL_FRAMEWORK,
  LOCAL_FRAMEWORK_TEXT,
  frameworkText,
} from './framework-fixtures';
import { LOCAL_FRAMEWORK_TEXT } from './framework-fixtures';

/** Fresh, empty database for each test (the app's singleton). */
export async function resetDatabase(): Promise<void> {
  db.close();
  await db.delete();
  await db.open();
}

export function unwrap<T>(result: WriteResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

export function expectError<T>(result: WriteResult<T>, kind: string): void {
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error.kind).toBe(kind);
}

export const facilityInput = (name: string, extra: Partial<FacilityInput> = {}): FacilityInput => ({
  name,
  type: 'gemeenschapsinstelling',
  region: 'antwerpen',
  alias: '',
  ...extra,
});

export async function seedFacility(name = 'De Zonnebloem') {
  return unwrap(await createFacility(facilityInput(name)));
}

export async function seedLocalFramework(): Promise<void> {
  const result = await saveLocalFramework(LOCAL_FRAMEWORK_TEXT);
  if (!result.ok) throw new Error(`fixture framework refused: ${JSON.stringify(result)}`);
}

export function answer(level: number | null, extra: Partial<Answer> = {}): Answer {
  return { ...emptyAnswer('2026-01-01T00:00:00.000Z'), level, ...extra };
}

export const tick = () => new Promise((resolve) => setTimeout(resolve, 2));
