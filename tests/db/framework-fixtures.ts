import { readFileSync } from 'node:fs';
// Only type imports from src: vi.mock factories import this file while src modules are loading.
import type * as BundledFrameworksModule from '../../src/io/bundled-frameworks';
import type { RawModuleLoaders } from '../../src/io/bundled-frameworks';

const MINIMAL_TEXT = readFileSync(
  new URL('../io/fixtures/minimal-valid.json', import.meta.url),
  'utf8',
);

/** A valid framework file text with the given id and version (from the minimal fixture). */
export function frameworkText(
  id: string,
  version: string,
  tweak?: (value: Record<string, unknown>) => void,
): string {
  const value = JSON.parse(MINIMAL_TEXT) as Record<string, unknown>;
  value.id = id;
  value.version = version;
  value.changelog = [
    { version, date: '2026-11-28', changes: { 'nl-BE': 'Versie.', en: 'Version.' } },
  ];
  tweak?.(value);
  return JSON.stringify(value, null, 2);
}

export const LOCAL_FRAMEWORK = { id: 'minimaal-kader', version: '1.0.0' } as const;
export const LOCAL_FRAMEWORK_TEXT = MINIMAL_TEXT;
export const BUNDLED_FRAMEWORK = { id: 'gebundeld-kader', version: '1.0.0' } as const;
export const BUNDLED_FRAMEWORK_TEXT = frameworkText(
  BUNDLED_FRAMEWORK.id,
  BUNDLED_FRAMEWORK.version,
);
export const CRITERIA = ['signalen-herkennen', 'meldpunt-bekend', 'jongere-betrokken'] as const;

/** What the db tests use as "bundled" frameworks (vi.mock of src/io/bundled-frameworks). */
export const BUNDLED_MODULES: RawModuleLoaders = {
  '/frameworks/gebundeld-kader-1.0.0.json': () => Promise.resolve(BUNDLED_FRAMEWORK_TEXT),
  '/frameworks/framework.schema.json': () => Promise.resolve('{}'),
};

/**
 * vi.mock factory body for src/io/bundled-frameworks: the real module, but with BUNDLED_MODULES
 * as the bundled frameworks, so tests do not depend on what frameworks/ contains.
 */
export async function mockBundledFrameworks(
  importOriginal: () => Promise<typeof BundledFrameworksModule>,
): Promise<typeof BundledFrameworksModule> {
  const actual = await importOriginal();
  const loaded = actual.loadFrameworkModules(BUNDLED_MODULES);
  return { ...actual, loadBundledFrameworks: () => loaded };
}
