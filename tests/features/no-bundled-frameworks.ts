// Only type imports from src: vi.mock factories import this file while src modules are loading.
import type * as BundledFrameworksModule from '../../src/io/bundled-frameworks';

/**
 * vi.mock factory body for src/io/bundled-frameworks with NO bundled frameworks: for component
 * tests that use their own small framework and are not about the bundled one, so they do not
 * parse and check the full 64-criterion file on every run.
 */
export async function mockNoBundledFrameworks(
  importOriginal: () => Promise<typeof BundledFrameworksModule>,
): Promise<typeof BundledFrameworksModule> {
  const actual = await importOriginal();
  const loaded = actual.loadFrameworkModules({});
  return { ...actual, loadBundledFrameworks: () => loaded };
}
