import { migrateFrameworkV1 } from '../../src/domain/framework-migration';
import type { FrameworkV1 } from '../../src/schemas/framework';
import minimalValid from '../io/fixtures/minimal-valid.json';

/** The Flemish facility types the bundled 1.1.0 declares (the ids the app used to fix in code). */
export const FLEMISH_FACILITY_TYPES = [
  {
    id: 'gemeenschapsinstelling',
    label: { 'nl-BE': 'Gemeenschapsinstelling', en: 'Community institution' },
  },
  {
    id: 'private-jeugdhulp',
    label: { 'nl-BE': 'Private voorziening jeugdhulp', en: 'Private youth care facility' },
  },
  { id: 'vaph', label: { 'nl-BE': 'VAPH-voorziening', en: 'VAPH facility (disability care)' } },
  {
    id: 'centrum-mensenhandel',
    label: { 'nl-BE': 'Erkend centrum mensenhandel', en: 'Recognised human trafficking centre' },
  },
  {
    id: 'zorgcentrum-seksueel-geweld',
    label: { 'nl-BE': 'Zorgcentrum na seksueel geweld', en: 'Sexual assault care centre' },
  },
];

/**
 * The minimal test framework as a format-2 file that declares the Flemish facility types: the
 * same framework (id, version and content hash) as tests/io/fixtures/minimal-valid.json, so
 * component tests that do not load the big bundled files still offer the usual types.
 */
export function minimalWithFacilityTypes(): string {
  const v1 = structuredClone(minimalValid) as unknown as FrameworkV1;
  return JSON.stringify({ ...migrateFrameworkV1(v1), facilityTypes: FLEMISH_FACILITY_TYPES });
}
