/**
 * Restore planner: decides, record by record, what restoring a backup would add, replace or
 * leave alone, and which frameworks conflict. Pure: the local state it compares against is read
 * by the database layer and passed in, so the same decision serves the preview and the write
 * (which re-plans inside its own transaction).
 */
import type { Backup } from '../schemas/backup';
import type { LText } from '../schemas/framework';
import type { Assessment, Facility } from '../schemas/records';
import { message, type Message } from './message';
import { canonicalJson } from './framework-model';
import type { Result } from './result';

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
  message: Message;
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

/** An embedded framework, already checked and turned into the record that would be stored. */
export interface PreparedFramework<F extends FrameworkRecordLike = FrameworkRecordLike> {
  record: F;
  label: string;
}

export interface FrameworkRecordLike {
  id: string;
  version: string;
  title: LText;
  contentHash: string;
}

/** A framework that is available without the backup (bundled with the app). */
export interface KnownFramework {
  id: string;
  version: string;
  contentHash: string;
}

/** What the planner needs to know about this device; read by the caller (see restoreRequest). */
export interface LocalRestoreState {
  /** Local facilities by id: those in the backup and those its assessments refer to. */
  facilities: ReadonlyMap<string, Facility>;
  /** Local assessments by id, for the ids in the backup. */
  assessments: ReadonlyMap<string, Assessment>;
  /** contentHash of locally stored frameworks by `${id}@${version}`. */
  frameworkHashes: ReadonlyMap<string, string>;
  /** Exchanged round versions by round id, for the round ids in the backup's exchange log. */
  exchangeLogs?: ReadonlyMap<string, readonly string[]>;
}

/** The keys of the local records a plan for `backup` looks at. */
export interface RestoreRequest {
  facilityIds: string[];
  assessmentIds: string[];
  frameworkKeys: [id: string, version: string][];
  exchangeLogIds: string[];
}

export interface RestorePlan<F extends FrameworkRecordLike = FrameworkRecordLike> {
  preview: RestorePreview;
  /** Records to write: the added and replaced ones, in backup order. */
  facilities: Facility[];
  assessments: Assessment[];
  frameworks: F[];
  /**
   * Exchange-log records to write: the local log merged with the backup's (union; nothing this
   * device knows is forgotten), only where that adds a version.
   */
  exchangeLog: { roundId: string; hashes: string[] }[];
}

/** A backup that cannot be planned because it contradicts itself or this device. */
export interface RestorePlanError {
  kind: 'invalid';
  detail: string;
}

export const frameworkKey = (id: string, version: string): string => `${id}@${version}`;

export function restoreRequest(backup: Backup): RestoreRequest {
  const frameworkKeys = new Map<string, [string, string]>();
  for (const f of backup.frameworks)
    frameworkKeys.set(frameworkKey(f.id, f.version), [f.id, f.version]);
  for (const a of backup.assessments) {
    frameworkKeys.set(frameworkKey(a.frameworkId, a.frameworkVersion), [
      a.frameworkId,
      a.frameworkVersion,
    ]);
  }
  return {
    facilityIds: [
      ...new Set([
        ...backup.facilities.map((f) => f.id),
        ...backup.assessments.map((a) => a.facilityId),
      ]),
    ],
    assessmentIds: backup.assessments.map((a) => a.id),
    frameworkKeys: [...frameworkKeys.values()],
    exchangeLogIds: (backup.exchangeLog ?? []).map((entry) => entry.roundId),
  };
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

const conflictMessage = (label: string, where: 'bundled' | 'local'): Message =>
  message(where === 'bundled' ? 'backup.conflictBundled' : 'backup.conflictLocal', { label });

/**
 * Decides per record. A record with the same id and the same content is left alone; with other
 * content it is replaced by the backup's (and flagged when the local one is newer). Frameworks
 * are never replaced: the same id+version with other content, bundled or local, is a conflict
 * that refuses the whole restore. Every assessment must stay answerable: its facility and
 * framework version must be in the backup or on this device.
 */
export function planRestore<F extends FrameworkRecordLike>(
  backup: Backup,
  prepared: readonly PreparedFramework<F>[],
  bundled: readonly KnownFramework[],
  local: LocalRestoreState,
): Result<RestorePlan<F>, RestorePlanError> {
  const preview: RestorePreview = {
    facilities: emptyTable(),
    assessments: emptyTable(),
    frameworks: emptyTable(),
    conflicts: [],
    canApply: true,
  };
  const plan: RestorePlan<F> = {
    preview,
    facilities: [],
    assessments: [],
    frameworks: [],
    exchangeLog: [],
  };

  for (const facility of backup.facilities) {
    const existing = local.facilities.get(facility.id);
    const item: RestoreItem = { id: facility.id, label: facility.name };
    if (!existing) {
      push(preview.facilities, 'added', item);
      plan.facilities.push(facility);
    } else if (canonicalJson(existing) === canonicalJson(facility)) {
      push(preview.facilities, 'unchanged', item);
    } else {
      push(preview.facilities, 'replaced', {
        ...item,
        localNewer: isLater(existing.updatedAt, facility.updatedAt),
      });
      plan.facilities.push(facility);
    }
  }

  const facilityNames = new Map<string, string>();
  for (const facility of local.facilities.values()) facilityNames.set(facility.id, facility.name);
  for (const facility of backup.facilities) facilityNames.set(facility.id, facility.name);

  for (const assessment of backup.assessments) {
    const facilityName = facilityNames.get(assessment.facilityId);
    if (facilityName === undefined) {
      return {
        ok: false,
        error: {
          kind: 'invalid',
          detail: `facility ${assessment.facilityId} of assessment ${assessment.id}`,
        },
      };
    }
    const existing = local.assessments.get(assessment.id);
    const item: RestoreItem = {
      id: assessment.id,
      label: `${facilityName} – ${assessment.periodLabel}`,
    };
    if (!existing) {
      push(preview.assessments, 'added', item);
      plan.assessments.push(assessment);
    } else if (canonicalJson(existing) === canonicalJson(assessment)) {
      push(preview.assessments, 'unchanged', item);
    } else {
      push(preview.assessments, 'replaced', {
        ...item,
        localNewer:
          isLater(existing.updatedAt, assessment.updatedAt) ||
          existing.revision > assessment.revision,
      });
      plan.assessments.push(assessment);
    }
  }

  const available = new Set<string>(local.frameworkHashes.keys());
  for (const item of bundled) available.add(frameworkKey(item.id, item.version));
  for (const { record, label } of prepared) {
    const key = frameworkKey(record.id, record.version);
    const item: RestoreItem = { id: key, label, title: record.title };
    const same = bundled.find((b) => b.id === record.id && b.version === record.version);
    const existingHash = same?.contentHash ?? local.frameworkHashes.get(key);
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
  }

  const missing = backup.assessments.find(
    (a) => !available.has(frameworkKey(a.frameworkId, a.frameworkVersion)),
  );
  if (missing) {
    return {
      ok: false,
      error: {
        kind: 'invalid',
        detail: `framework ${missing.frameworkId} ${missing.frameworkVersion} of assessment ${missing.id}`,
      },
    };
  }

  for (const entry of backup.exchangeLog ?? []) {
    const known = local.exchangeLogs?.get(entry.roundId) ?? [];
    const merged = [...new Set([...known, ...entry.hashes])];
    if (merged.length !== known.length) {
      plan.exchangeLog.push({ roundId: entry.roundId, hashes: merged });
    }
  }

  preview.canApply = preview.conflicts.length === 0;
  return { ok: true, value: plan };
}
