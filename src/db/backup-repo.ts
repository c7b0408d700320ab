import { canonicalJson, frameworkContentHash } from '../domain/framework-model';
import { loadBundledFrameworks, type BundledFrameworks } from '../io/bundled-frameworks';
import { loadFrameworkText } from '../io/framework-loader';
import type { BilingualText } from '../io/framework-messages';
import { BackupSchema, type Backup } from '../schemas/backup';
import type { LText } from '../schemas/framework';
import type { Assessment, Facility } from '../schemas/records';
import { db, type StoredFramework } from './database';
import { DbOperationError, type WriteResult } from './errors';
import { markBackedUp, markChanged } from './meta-repo';
import { runWrite } from './write';

/** Database side of backup and restore; the file format lives in src/io/backup.ts. */

export interface BackupSnapshot {
  facilities: Facility[];
  assessments: Assessment[];
  frameworks: StoredFramework[];
  /** meta lastChangeAt when the snapshot was read. */
  lastChangeAt: string | null;
}

/**
 * Reads everything to back up in ONE read-only transaction, with the lastChangeAt it saw, so
 * recordBackup can tell whether a change slipped in between. Reading works on a full disk; the
 * backup is meant precisely for that moment, so nothing here writes.
 */
export function takeBackupSnapshot(): Promise<WriteResult<BackupSnapshot>> {
  return runWrite(() =>
    db.transaction('r', db.facilities, db.assessments, db.frameworks, db.meta, async () => {
      const changed = await db.meta.get('lastChangeAt');
      const snapshot: BackupSnapshot = {
        facilities: await db.facilities.orderBy('id').toArray(),
        assessments: await db.assessments.orderBy('id').toArray(),
        frameworks: await db.frameworks.toArray(),
        lastChangeAt: typeof changed?.value === 'string' ? changed.value : null,
      };
      return snapshot;
    }),
  );
}

/**
 * Records a backup made from `snapshot` (lastBackupAt = `createdAt`). Best effort: the caller
 * hands over the file whatever this returns (on a full disk this write fails, and the file is
 * what the user needs most). When a change was made after the snapshot, it is not in the file,
 * so it keeps counting as unsaved for the reminder.
 */
export function recordBackup(
  createdAt: string,
  snapshot: Pick<BackupSnapshot, 'lastChangeAt'>,
): Promise<WriteResult<true>> {
  return runWrite(() =>
    db.transaction('rw', db.meta, async () => {
      const changed = await db.meta.get('lastChangeAt');
      const now = typeof changed?.value === 'string' ? changed.value : null;
      if (now === snapshot.lastChangeAt) await markBackedUp(createdAt);
      else await db.meta.put({ key: 'lastBackupAt', value: createdAt });
      return true as const;
    }),
  );
}

/** What exists locally, for checking a backup's references before restoring it. */
export interface LocalReferences {
  facilityIds: Set<string>;
  /** `${id}@${version}` of locally stored frameworks. */
  frameworkKeys: Set<string>;
}

export async function readLocalReferences(): Promise<LocalReferences> {
  return db.transaction('r', db.facilities, db.frameworks, async () => ({
    facilityIds: new Set((await db.facilities.toCollection().primaryKeys()) as string[]),
    frameworkKeys: new Set(
      ((await db.frameworks.toCollection().primaryKeys()) as [string, string][]).map(
        ([id, version]) => `${id}@${version}`,
      ),
    ),
  }));
}

// ---------------------------------------------------------------------------------------------
// Restore
// ---------------------------------------------------------------------------------------------

export interface RestoreItem {
  id: string;
  /** Facility name; "facility name – period" for assessments; "title version" for frameworks. */
  label: string;
  /** Frameworks: the title in every language. */
  title?: LText;
  /** Replaced items: the local record was changed more recently than the one in the backup. */
  localNewer?: boolean;
}

export interface RestoreTablePreview {
  addedCount: number;
  replacedCount: number;
  unchangedCount: number;
  /** Not present locally: will be added. */
  added: RestoreItem[];
  /** Same id present locally with different content: will be overwritten by the backup's. */
  replaced: RestoreItem[];
  /** Same id present locally with identical content: nothing to do. */
  unchanged: RestoreItem[];
}

export interface RestoreConflict {
  id: string;
  version: string;
  label: string;
  message: BilingualText;
}

export interface RestorePreview {
  facilities: RestoreTablePreview;
  assessments: RestoreTablePreview;
  /** Frameworks are never replaced: same id+version with other content is a conflict. */
  frameworks: RestoreTablePreview;
  conflicts: RestoreConflict[];
  /** False when there are conflicts: the restore is refused as a whole. */
  canApply: boolean;
}

interface RestorePlan {
  preview: RestorePreview;
  facilities: Facility[];
  assessments: Assessment[];
  frameworks: StoredFramework[];
}

interface PreparedFramework {
  record: StoredFramework;
  label: string;
}

/** Compares instants, not strings: stored times may carry different UTC offsets. */
function isLater(a: string, b: string): boolean {
  return Date.parse(a) > Date.parse(b);
}

function emptyTable(): RestoreTablePreview {
  return {
    addedCount: 0,
    replacedCount: 0,
    unchangedCount: 0,
    added: [],
    replaced: [],
    unchanged: [],
  };
}

function push(
  table: RestoreTablePreview,
  kind: 'added' | 'replaced' | 'unchanged',
  item: RestoreItem,
): void {
  table[kind].push(item);
  table[`${kind}Count`]++;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The restore functions take a Backup from parseBackup, but they write into the only copy of
 * the user's data, so they re-check the shape themselves instead of trusting the caller.
 */
function checkedBackup(backup: Backup): Backup {
  const parsed = BackupSchema.safeParse(backup);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new DbOperationError(
      'invalid',
      first ? `$.${first.path.map(String).join('.')}: ${first.message}` : 'backup',
    );
  }
  for (const assessment of backup.assessments) {
    if (Object.keys(assessment.answers).some((key) => FORBIDDEN_KEYS.has(key))) {
      throw new DbOperationError('invalid', `answers of assessment ${assessment.id}`);
    }
  }
  return parsed.data;
}

/** Parses the embedded framework texts once, outside any transaction. */
function prepareFrameworks(backup: Backup, now: string): PreparedFramework[] {
  return backup.frameworks.map((entry, index) => {
    const loaded = loadFrameworkText(entry.text);
    if (
      !loaded.ok ||
      loaded.framework.id !== entry.id ||
      loaded.framework.version !== entry.version
    ) {
      // parseBackup refuses such files; reaching this means the caller skipped it.
      throw new DbOperationError('invalid', `$.frameworks[${index}]`);
    }
    const { framework } = loaded;
    return {
      record: {
        id: framework.id,
        version: framework.version,
        title: framework.title,
        status: framework.status,
        loadedAt: entry.loadedAt ?? now,
        contentHash: frameworkContentHash(framework),
        text: entry.text,
      },
      label: `${framework.title['nl-BE'] ?? framework.id} ${framework.version}`,
    };
  });
}

const conflictMessage = (label: string, where: 'bundled' | 'local'): BilingualText =>
  where === 'bundled'
    ? {
        'nl-BE': `Het kader "${label}" in de back-up verschilt van het kader met dezelfde versie dat in de app zit. Een gewijzigd kader moet een nieuw versienummer krijgen; deze back-up kan daarom niet teruggezet worden.`,
        en: `The framework "${label}" in the backup differs from the framework with the same version that comes with the app. A changed framework needs a new version number, so this backup cannot be restored.`,
      }
    : {
        'nl-BE': `Het kader "${label}" in de back-up verschilt van het kader met dezelfde versie op dit toestel. Een gewijzigd kader moet een nieuw versienummer krijgen; deze back-up kan daarom niet teruggezet worden.`,
        en: `The framework "${label}" in the backup differs from the framework with the same version on this device. A changed framework needs a new version number, so this backup cannot be restored.`,
      };

/** Reads the local state (inside the caller's transaction) and decides per record. */
async function planRestore(
  backup: Backup,
  prepared: PreparedFramework[],
  bundled: BundledFrameworks,
): Promise<RestorePlan> {
  const preview: RestorePreview = {
    facilities: emptyTable(),
    assessments: emptyTable(),
    frameworks: emptyTable(),
    conflicts: [],
    canApply: true,
  };
  const plan: RestorePlan = { preview, facilities: [], assessments: [], frameworks: [] };

  const localFacilities = await db.facilities.bulkGet(backup.facilities.map((f) => f.id));
  backup.facilities.forEach((facility, index) => {
    const local = localFacilities[index];
    const item: RestoreItem = { id: facility.id, label: facility.name };
    if (!local) {
      push(preview.facilities, 'added', item);
      plan.facilities.push(facility);
    } else if (canonicalJson(local) === canonicalJson(facility)) {
      push(preview.facilities, 'unchanged', item);
    } else {
      push(preview.facilities, 'replaced', {
        ...item,
        localNewer: isLater(local.updatedAt, facility.updatedAt),
      });
      plan.facilities.push(facility);
    }
  });

  const facilityNames = new Map<string, string>();
  const referencedLocal = backup.assessments
    .map((a) => a.facilityId)
    .filter((id) => !backup.facilities.some((f) => f.id === id));
  for (const facility of await db.facilities.bulkGet([...new Set(referencedLocal)])) {
    if (facility) facilityNames.set(facility.id, facility.name);
  }
  for (const facility of backup.facilities) facilityNames.set(facility.id, facility.name);

  const localAssessments = await db.assessments.bulkGet(backup.assessments.map((a) => a.id));
  backup.assessments.forEach((assessment, index) => {
    const facilityName = facilityNames.get(assessment.facilityId);
    if (facilityName === undefined) {
      throw new DbOperationError(
        'invalid',
        `facility ${assessment.facilityId} of assessment ${assessment.id}`,
      );
    }
    const local = localAssessments[index];
    const item: RestoreItem = {
      id: assessment.id,
      label: `${facilityName} – ${assessment.periodLabel}`,
    };
    if (!local) {
      push(preview.assessments, 'added', item);
      plan.assessments.push(assessment);
    } else if (canonicalJson(local) === canonicalJson(assessment)) {
      push(preview.assessments, 'unchanged', item);
    } else {
      push(preview.assessments, 'replaced', {
        ...item,
        localNewer:
          isLater(local.updatedAt, assessment.updatedAt) || local.revision > assessment.revision,
      });
      plan.assessments.push(assessment);
    }
  });

  const localFrameworks = await db.frameworks.bulkGet(
    prepared.map((p) => [p.record.id, p.record.version]),
  );
  const available = new Set<string>();
  for (const item of bundled.frameworks)
    available.add(`${item.framework.id}@${item.framework.version}`);
  prepared.forEach(({ record, label }, index) => {
    const key = `${record.id}@${record.version}`;
    const item: RestoreItem = { id: key, label, title: record.title };
    const same = bundled.frameworks.find(
      (b) => b.framework.id === record.id && b.framework.version === record.version,
    );
    const local = localFrameworks[index];
    const existingHash = same?.contentHash ?? local?.contentHash;
    if (existingHash === undefined) {
      push(preview.frameworks, 'added', item);
      plan.frameworks.push(record);
    } else if (existingHash === record.contentHash) {
      push(preview.frameworks, 'unchanged', item);
    } else {
      preview.conflicts.push({
        id: record.id,
        version: record.version,
        label,
        message: conflictMessage(label, same ? 'bundled' : 'local'),
      });
    }
    available.add(key);
  });

  // Every assessment must stay answerable: its framework version in the backup, bundled or local.
  const missing = backup.assessments.filter(
    (a) => !available.has(`${a.frameworkId}@${a.frameworkVersion}`),
  );
  if (missing.length > 0) {
    const found = await db.frameworks.bulkGet(
      missing.map((a): [string, string] => [a.frameworkId, a.frameworkVersion]),
    );
    for (const record of found) if (record) available.add(`${record.id}@${record.version}`);
    const stillMissing = missing.find(
      (a) => !available.has(`${a.frameworkId}@${a.frameworkVersion}`),
    );
    if (stillMissing) {
      throw new DbOperationError(
        'invalid',
        `framework ${stillMissing.frameworkId} ${stillMissing.frameworkVersion} of assessment ${stillMissing.id}`,
      );
    }
  }

  preview.canApply = preview.conflicts.length === 0;
  return plan;
}

/**
 * What restoring `backup` (already checked by parseBackup) would add, replace or leave alone, and
 * which frameworks conflict. Reads only.
 */
export async function previewRestore(backup: Backup): Promise<WriteResult<RestorePreview>> {
  const bundled = await loadBundledFrameworks();
  return runWrite(async () => {
    const checked = checkedBackup(backup);
    const prepared = prepareFrameworks(checked, new Date().toISOString());
    return db.transaction('r', db.facilities, db.assessments, db.frameworks, async () => {
      const plan = await planRestore(checked, prepared, bundled);
      return plan.preview;
    });
  });
}

/**
 * Restores `backup` in ONE 'rw' transaction over all tables: everything is written or, on any
 * failure (quota, a conflict found meanwhile, ...), nothing. Records with the same id are
 * replaced by the backup's; local records that are not in the backup stay. Refused with
 * 'conflict' when a framework conflicts. Returns what was done.
 */
export async function applyRestore(backup: Backup): Promise<WriteResult<RestorePreview>> {
  const bundled = await loadBundledFrameworks();
  return runWrite(async () => {
    const now = new Date().toISOString();
    const checked = checkedBackup(backup);
    const prepared = prepareFrameworks(checked, now);
    return db.transaction('rw', db.facilities, db.assessments, db.frameworks, db.meta, async () => {
      const plan = await planRestore(checked, prepared, bundled);
      if (!plan.preview.canApply) {
        throw new DbOperationError(
          'conflict',
          plan.preview.conflicts.map((c) => `${c.id}@${c.version}`).join(', '),
        );
      }
      // Facilities first, assessments last: a failure anywhere rolls all of it back.
      if (plan.facilities.length > 0) await db.facilities.bulkPut(plan.facilities);
      if (plan.frameworks.length > 0) await db.frameworks.bulkPut(plan.frameworks);
      if (plan.assessments.length > 0) await db.assessments.bulkPut(plan.assessments);
      if (plan.facilities.length + plan.frameworks.length + plan.assessments.length > 0) {
        await markChanged(now);
      }
      return plan.preview;
    });
  });
}
