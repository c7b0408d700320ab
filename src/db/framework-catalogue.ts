import { frameworkContentHash } from '../domain/framework-model';
import { loadBundledFrameworks, type BundledFramework } from '../io/bundled-frameworks';
import { loadFrameworkText, type FrameworkIssue } from '../io/framework-loader';
import type { Framework, FrameworkStatus, LText } from '../schemas/framework';
import { db, type StoredFramework } from './database';
import { DbOperationError, type DbError, type WriteResult } from './errors';
import { markChanged } from './meta-repo';
import { runWrite, safeRead } from './write';

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

export type DuplicateKind = 'duplicate-different' | 'duplicate-same';

export type SaveFrameworkResult =
  | { ok: true; entry: CatalogueEntry }
  | { ok: false; errors: FrameworkIssue[] }
  | { ok: false; error: DbError | { kind: DuplicateKind } };

// ---------------------------------------------------------------------------------------------

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?/;

/** semver precedence (semver.org §11); build metadata is not used. */
export function compareSemver(a: string, b: string): number {
  const ma = SEMVER.exec(a);
  const mb = SEMVER.exec(b);
  if (!ma || !mb) return a < b ? -1 : a > b ? 1 : 0;
  for (let i = 1; i <= 3; i++) {
    const diff = Number(ma[i]) - Number(mb[i]);
    if (diff !== 0) return Math.sign(diff);
  }
  const pa = ma[4];
  const pb = mb[4];
  if (pa === undefined || pb === undefined) {
    // A release ranks above its pre-releases.
    return pa === pb ? 0 : pa === undefined ? 1 : -1;
  }
  const xa = pa.split('.');
  const xb = pb.split('.');
  for (let i = 0; i < Math.max(xa.length, xb.length); i++) {
    const ia = xa[i];
    const ib = xb[i];
    if (ia === undefined) return -1;
    if (ib === undefined) return 1;
    const na = /^\d+$/.test(ia);
    const nb = /^\d+$/.test(ib);
    if (na && nb) {
      const diff = Number(ia) - Number(ib);
      if (diff !== 0) return Math.sign(diff);
    } else if (na !== nb) {
      return na ? -1 : 1;
    } else if (ia !== ib) {
      return ia < ib ? -1 : 1;
    }
  }
  return 0;
}

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
    framework = loaded.ok ? loaded.framework : null;
    if (!loaded.ok) {
      console.error(
        `Stored framework ${record.id} ${record.version} no longer loads`,
        loaded.errors,
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
  if (!framework) return null;
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
  const stored = await safeRead(() => db.frameworks.toArray(), [] as StoredFramework[]);
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
  const stored = await safeRead(() => db.frameworks.get([id, version]), undefined);
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
  if (!loaded.ok) return { ok: false, errors: loaded.errors };
  const { framework } = loaded;
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
  const result = await runWrite(() =>
    db.transaction('rw', db.frameworks, db.meta, async () => {
      const existing = await db.frameworks.get([record.id, record.version]);
      if (existing) {
        const duplicate: DuplicateKind =
          existing.contentHash === contentHash ? 'duplicate-same' : 'duplicate-different';
        throw new DbOperationError('conflict', duplicate);
      }
      await db.frameworks.add(record);
      await markChanged(record.loadedAt);
    }),
  );
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
  return {
    ok: true,
    entry: {
      id: record.id,
      version: record.version,
      title: framework.title,
      status: framework.status,
      source: 'local',
      framework,
      contentHash,
      loadedAt: record.loadedAt,
    },
  };
}

/**
 * Removes a locally loaded framework. Refused ('locked', detail 'framework-in-use') while any
 * assessment is pinned to that id+version: those assessments could not be shown any more.
 */
export function deleteLocalFramework(id: string, version: string): Promise<WriteResult<true>> {
  return runWrite(() =>
    db.transaction('rw', db.frameworks, db.assessments, db.meta, async () => {
      const existing = await db.frameworks.get([id, version]);
      if (!existing) throw new DbOperationError('not-found', `framework ${id} ${version}`);
      // A full scan: assessments number in the hundreds at most.
      const inUse = await db.assessments
        .filter(
          (assessment) => assessment.frameworkId === id && assessment.frameworkVersion === version,
        )
        .count();
      if (inUse > 0) throw new DbOperationError('locked', 'framework-in-use');
      await db.frameworks.delete([id, version]);
      await markChanged(new Date().toISOString());
      return true as const;
    }),
  );
}
