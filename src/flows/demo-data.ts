import { countDemo, removeDemoSet, writeDemoSet, type DemoCounts } from '../db/demo-repo';
import type { WriteResult } from '../db/errors';
import { defaultFrameworkKey, frameworkKey } from '../domain/default-framework';
import { generateDemoSet } from '../domain/demo-data';
import { facilityTypeOptions, OTHER_FACILITY_TYPE } from '../domain/facility-types';
import { compareSemver } from '../domain/semver';
import { loadBundledFrameworks } from '../io/bundled-frameworks';
import type { Framework } from '../schemas/framework';

export type { DemoCounts };
export { countDemo };

export interface DemoFrameworkChoice {
  /** "id@version" */
  key: string;
  id: string;
  version: string;
  status: Framework['status'];
  title: Framework['title'];
  framework: Framework;
}

export interface DemoFrameworks {
  /** The bundled framework versions, by id, newest version first. */
  choices: DemoFrameworkChoice[];
  /** The version a new round would start on: the newest that is not a draft revision. */
  defaultKey: string;
}

/** The versions the demo set can be generated on: those shipped with the app. */
export async function demoFrameworks(): Promise<DemoFrameworks> {
  const bundled = await loadBundledFrameworks();
  const choices = bundled.frameworks
    .map(({ framework }) => ({
      key: frameworkKey(framework),
      id: framework.id,
      version: framework.version,
      status: framework.status,
      title: framework.title,
      framework,
    }))
    .sort((a, b) => (a.id !== b.id ? (a.id < b.id ? -1 : 1) : compareSemver(b.version, a.version)));
  return { choices, defaultKey: defaultFrameworkKey(choices, []) };
}

export interface DemoLoaded extends DemoCounts {
  frameworkId: string;
  frameworkVersion: string;
}

/**
 * Loads the synthetic demo set (replacing an earlier demo set) on the bundled framework version
 * `key` ("id@version"), by default the one a new round would start on (never a concept that
 * revises another bundled version). The generator is deterministic, so loading twice gives the
 * same records.
 */
export async function loadDemoData(key?: string): Promise<WriteResult<DemoLoaded>> {
  const { choices, defaultKey } = await demoFrameworks();
  const wanted = key ?? defaultKey;
  const choice = choices.find((c) => c.key === wanted);
  if (!choice) {
    return { ok: false, error: { kind: 'unknown', detail: `no bundled framework ${wanted}` } };
  }
  // The types of every bundled version, so a demo set on a version that declares none (1.0.0,
  // format 1) still spreads over the facility types this device offers.
  const types = facilityTypeOptions(choices.map((c) => c.framework))
    .filter((option) => option.declared && option.id !== OTHER_FACILITY_TYPE)
    .map((option) => option.id);
  const written = await writeDemoSet(generateDemoSet(choice.framework, { types }));
  if (!written.ok) return written;
  return {
    ok: true,
    value: { ...written.value, frameworkId: choice.id, frameworkVersion: choice.version },
  };
}

/** Removes every demo record in one action. */
export function removeDemoData(): Promise<WriteResult<DemoCounts>> {
  return removeDemoSet();
}
