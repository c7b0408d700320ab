import type { StoredFramework } from '../db/database';
import type { DbError } from '../db/errors';
import {
  addStoredFramework,
  readStoredFramework,
  readStoredFrameworks,
  type DuplicateKind,
} from '../db/frameworks-repo';
import { frameworkContentHash } from '../domain/framework-model';
import { compareSemver } from '../domain/semver';
import { loadBundledFrameworks, type BundledFramework } from '../io/bundled-frameworks';
import { loadFrameworkText, type FrameworkIssue } from '../io/framework-loader';
import type { Framework, FrameworkStatus, LText } from '../schemas/framework';

/**
 * The framework catalogue: the bundled frameworks (io) and the ones the user loaded (db), merged
 * and checked. The database only stores file texts; parsing and comparing happens here.
 */

export { deleteLocalFramework } from '../db/frameworks-repo';
export type { DuplicateKind } from '../db/frameworks-repo';
export { compareSemver } from '../domain/semver';

export interface CatalogueEntry {
  id: string;
  version: string;
  title: LText;
  status: FrameworkStatus;
  source: 'bundled' | 'local';
  framework: Framework;
  contentHash: string;
  /** When the user loaded it (local entries only). */
  loadedAt?: string;
}

export type SaveFrameworkResult =
  | { ok: true; entry: CatalogueEntry }
  | { ok: false; errors: FrameworkIssue[] }
  | { ok: false; error: DbError | { kind: DuplicateKind } };

function byIdThenNewest(a: CatalogueEntry, b: CatalogueEntry): number {
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return compareSemver(b.version, a.version);
}

function bundledEntry(bundled: BundledFramework): CatalogueEntry {
  const { framework } = bundled;
  return {
    id: framework.id,
    version: framework.version,
    title: framework.title,
    status: framework.status,
    source: 'bundled',
    framework,
    contentHash: bundled.contentHash,
  };
}

// Parsing a stored file costs a few milliseconds and list/get run on every live-query refresh,
// so parsed frameworks are kept per file text.
const parsedByText = new Map<string, Framework | null>();

function parseStored(record: StoredFramework): Framework | null {
  let framework = parsedByText.get(record.text);
  if (framework === undefined) {
    const loaded = loadFrameworkText(record.text);
    framework = loaded.ok ? loaded.value : null;
    if (!loaded.ok) {
      console.error(
        `Stored framework ${record.id} ${record.version} no longer loads`,
        loaded.error,
      );
    }
    if (parsedByText.size > 50) parsedByText.clear();
    parsedByText.set(record.text, framework);
  }
  if (framework && (framework.id !== record.id || framework.version !== record.version))
    return null;
  return framework;
}

function localEntry(record: StoredFramework): CatalogueEntry | null {
  const framework = parseStored(record);
  return framework ? entryOf(record, framework) : null;
}

function entryOf(record: StoredFramework, framework: Framework): CatalogueEntry {
  return {
    id: record.id,
    version: record.version,
    title: framework.title,
    status: framework.status,
    source: 'local',
    framework,
    contentHash: record.contentHash,
    loadedAt: record.loadedAt,
  };
}

/**
 * Bundled + locally stored frameworks, sorted by id, then newest version first. A local file
 * with the same id+version as a bundled one is normally refused; if it exists anyway (a later
 * build bundled it) and differs, the local one is listed, because existing assessments were
 * answered against it.
 */
export async function listFrameworks(): Promise<CatalogueEntry[]> {
  // Start the bundled load first, but run the Dexie read before awaiting anything else, so a
  // live query sees (and observes) the frameworks table.
  const bundledPromise = loadBundledFrameworks();
  const stored = await readStoredFrameworks();
  const bundled = await bundledPromise;
  const entries = new Map<string, CatalogueEntry>();
  for (const item of bundled.frameworks) {
    entries.set(`${item.framework.id}@${item.framework.version}`, bundledEntry(item));
  }
  for (const record of stored) {
    const key = `${record.id}@${record.version}`;
    const existing = entries.get(key);
    if (existing && existing.contentHash === record.contentHash) continue;
    const entry = localEntry(record);
    if (entry) entries.set(key, entry);
  }
  return [...entries.values()].sort(byIdThenNewest);
}

export async function getFramework(id: string, version: string): Promise<Framework | undefined> {
  const bundledPromise = loadBundledFrameworks();
  const stored = await readStoredFramework(id, version);
  if (stored) {
    const local = localEntry(stored);
    if (local) return local.framework;
  }
  const bundled = await bundledPromise;
  return bundled.frameworks.find(
    (item) => item.framework.id === id && item.framework.version === version,
  )?.framework;
}

/**
 * Checks a framework file with the loader and stores it. The same id+version with different
 * content (locally or bundled) is refused: a changed framework needs a new version number, or
 * assessments pinned to that version would silently change meaning. The same content again is
 * 'duplicate-same' (harmless; nothing is written).
 */
export async function saveLocalFramework(text: string): Promise<SaveFrameworkResult> {
  const loaded = loadFrameworkText(text);
  if (!loaded.ok) return { ok: false, errors: loaded.error };
  const { value: framework } = loaded;
  const contentHash = frameworkContentHash(framework);

  const bundled = await loadBundledFrameworks();
  const sameBundled = bundled.frameworks.find(
    (item) => item.framework.id === framework.id && item.framework.version === framework.version,
  );
  if (sameBundled) {
    return {
      ok: false,
      error: {
        kind: sameBundled.contentHash === contentHash ? 'duplicate-same' : 'duplicate-different',
      },
    };
  }

  const record: StoredFramework = {
    id: framework.id,
    version: framework.version,
    title: framework.title,
    status: framework.status,
    loadedAt: new Date().toISOString(),
    contentHash,
    text,
  };
  const result = await addStoredFramework(record);
  if (!result.ok) {
    const { detail } = result.error;
    if (
      result.error.kind === 'conflict' &&
      (detail === 'duplicate-same' || detail === 'duplicate-different')
    ) {
      return { ok: false, error: { kind: detail } };
    }
    return { ok: false, error: result.error };
  }
  parsedByText.set(text, framework);
  return { ok: true, entry: entryOf(record, framework) };
}
