import { countDemo, removeDemoSet, writeDemoSet, type DemoCounts } from '../db/demo-repo';
import type { WriteResult } from '../db/errors';
import { generateDemoSet } from '../domain/demo-data';
import { loadBundledFrameworks } from '../io/bundled-frameworks';

export type { DemoCounts };
export { countDemo };

/**
 * Loads the synthetic demo set on the bundled framework (replacing an earlier demo set). The
 * generator is deterministic, so loading twice gives the same records.
 */
export async function loadDemoData(): Promise<WriteResult<DemoCounts>> {
  const bundled = await loadBundledFrameworks();
  const framework = bundled.frameworks[0]?.framework;
  if (!framework) return { ok: false, error: { kind: 'unknown', detail: 'no bundled framework' } };
  return writeDemoSet(generateDemoSet(framework));
}

/** Removes every demo record in one action. */
export function removeDemoData(): Promise<WriteResult<DemoCounts>> {
  return removeDemoSet();
}
