/**
 * The framework files shipped with the app (frameworks/*.json). They are loaded lazily as raw
 * text, so they stay out of the main bundle, and go through the same loader as a user's file:
 * a bundled file is trusted no more than any other input.
 */
import { message } from '../domain/message';
import { frameworkContentHash } from '../domain/framework-model';
import type { Framework } from '../schemas/framework';
import { checkFrameworkLineage, loadFrameworkText, type FrameworkIssue } from './framework-loader';

export interface BundledFramework {
  /** Path of the source file, e.g. "/frameworks/kwaliteitskader-tienerpooiers-1.0.0.json". */
  file: string;
  text: string;
  framework: Framework;
  contentHash: string;
}

export interface BundledFrameworks {
  frameworks: BundledFramework[];
  /** Files that failed to load (the build checks them, so this means a broken build). */
  problems: { file: string; errors: FrameworkIssue[] }[];
}

export type RawModuleLoaders = Record<string, () => Promise<string>>;

// Vite replaces import.meta.glob at build time and accepts only literal arguments: a mutated
// (instrumented) argument made every test that imports this module fail to load.
// Stryker disable all
const bundledModules: RawModuleLoaders = import.meta.glob<string>(
  ['/frameworks/*.json', '!/frameworks/*.schema.json'],
  { query: '?raw', import: 'default' },
);
// Stryker restore all

/** Loads and checks every file of `modules`; exported separately so tests can pass their own. */
export async function loadFrameworkModules(modules: RawModuleLoaders): Promise<BundledFrameworks> {
  const result: BundledFrameworks = { frameworks: [], problems: [] };
  const files = Object.keys(modules)
    .filter((file) => !file.endsWith('.schema.json'))
    .sort();
  const texts = await Promise.all(
    files.map(async (file) => {
      try {
        return { file, text: await modules[file]!() };
      } catch (error) {
        return { file, error };
      }
    }),
  );
  for (const entry of texts) {
    if (!('text' in entry) || typeof entry.text !== 'string') {
      const detail = 'error' in entry ? String(entry.error) : 'not text';
      result.problems.push({
        file: entry.file,
        errors: [
          {
            path: '$',
            code: 'bundle-load-failed',
            message: message('bundled.loadFailed', { detail }),
          },
        ],
      });
      continue;
    }
    const loaded = loadFrameworkText(entry.text);
    if (!loaded.ok) {
      result.problems.push({ file: entry.file, errors: loaded.error });
      continue;
    }
    const { value: framework } = loaded;
    const duplicate = result.frameworks.find(
      (other) =>
        other.framework.id === framework.id && other.framework.version === framework.version,
    );
    if (duplicate) {
      result.problems.push({
        file: entry.file,
        errors: [
          {
            path: '$.version',
            code: 'duplicate-bundled',
            message: message('bundled.duplicate', {
              id: framework.id,
              version: framework.version,
              file: duplicate.file,
            }),
          },
        ],
      });
      continue;
    }
    result.frameworks.push({
      file: entry.file,
      text: entry.text,
      framework,
      contentHash: frameworkContentHash(framework),
    });
  }
  // A bundled version that names a bundled previous version must account for its criteria:
  // carrying rounds and trends across versions rely on that lineage.
  result.frameworks = result.frameworks.filter((entry) => {
    const previousVersion = entry.framework.lineage?.previousVersion;
    if (previousVersion === undefined) return true;
    const previous = result.frameworks.find(
      (other) =>
        other.framework.id === entry.framework.id && other.framework.version === previousVersion,
    );
    if (!previous) return true;
    const errors = checkFrameworkLineage(entry.framework, previous.framework);
    if (errors.length === 0) return true;
    result.problems.push({ file: entry.file, errors });
    return false;
  });
  for (const problem of result.problems) {
    console.error(`Bundled framework ${problem.file} was skipped`, problem.errors);
  }
  return result;
}

let cached: Promise<BundledFrameworks> | null = null;

/** The bundled frameworks, loaded once per session. Never rejects. */
export function loadBundledFrameworks(): Promise<BundledFrameworks> {
  cached ??= loadFrameworkModules(bundledModules).catch((error: unknown) => ({
    frameworks: [],
    problems: [
      {
        file: '/frameworks',
        errors: [
          {
            path: '$',
            code: 'bundle-load-failed',
            message: message('bundled.allFailed', { detail: String(error) }),
          },
        ],
      },
    ],
  }));
  return cached;
}
