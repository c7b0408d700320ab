/**
 * Importing exchange files: a preview that writes nothing (one line per file: new, update, no
 * change, conflict or refused, with every reason), then an apply that writes each file all or
 * nothing, after the user has chosen a side for every conflict.
 */
import { readExchangeState, applyExchangeImport, type ImportFileWrite } from '../db/exchange-repo';
import type { StoredFramework } from '../db/database';
import type { DbError } from '../db/errors';
import {
  classifyRound,
  countVerdicts,
  fileVerdict,
  stateAfter,
  writesRound,
  type ConflictChoice,
  type FileVerdict,
  type LocalRoundState,
  type RoundPlan,
  type VerdictCounts,
} from '../domain/exchange-plan';
import { frameworkContentHash } from '../domain/framework-model';
import { answerDifferences, type AnswerField } from '../domain/round-diff';
import { loadBundledFrameworks } from '../io/bundled-frameworks';
import { formatJsonPath } from '../io/framework-issue';
import { loadFrameworkText } from '../io/framework-loader';
import {
  MAX_BATCH_BYTES,
  MAX_BATCH_FILES,
  MAX_EXCHANGE_BYTES,
  type ReadExchangeFile,
} from '../io/exchange/format';
import { roundContentHash } from '../io/exchange/hash';
import { readExchangeFiles } from '../io/exchange/parse-client';
import { problem, type ExchangeProblem } from '../io/exchange/problems';
import type { ExchangeRound } from '../schemas/exchange';
import type { Framework, LText } from '../schemas/framework';
import type { Answer, Assessment, Facility, ImportMarker } from '../schemas/records';
import { validateImportedRound } from '../io/exchange/round-check';

export interface ImportSource {
  /** Stable within one import screen; ties passphrases and choices to a file. */
  key: string;
  name: string;
  blob: Blob;
}

/** One version of a round, as the conflict view shows it. */
export interface RoundSide {
  revision: number;
  updatedAt: string;
  status: Assessment['status'];
  periodLabel: string;
  finalisedAt: string | null;
  participants: Assessment['participants'];
  /** criterion id → level, 'na' or null (unanswered). */
  levels: Record<string, number | 'na' | null>;
}

/** One criterion answered differently in the two versions of a conflicting round. */
export interface CriterionConflict {
  criterionId: string;
  /** From the round's framework; null when the framework does not know the id. */
  code: string | null;
  title: LText | null;
  /** The fields that differ (an absent answer counts as an empty one). */
  fields: AnswerField[];
  /** Null: not answered on that side. */
  local: Answer | null;
  file: Answer | null;
}

export interface RoundPreview {
  id: string;
  periodLabel: string;
  frameworkId: string;
  frameworkVersion: string;
  plan: RoundPlan;
  incoming: RoundSide;
  local: RoundSide | null;
  /** For a conflict: every criterion whose answers differ, in framework order; else empty. */
  differences: CriterionConflict[];
}

export interface FacilityPreview {
  id: string;
  code: string | null;
  name: string | null;
  type: Facility['type'];
  region: Facility['region'];
  /** One of the user's own facilities has this id (the user's own file). */
  own: boolean;
  isNew: boolean;
}

export interface FilePreview {
  key: string;
  name: string;
  size: number;
  verdict: FileVerdict;
  encrypted: boolean;
  /** Encrypted and no (or a wrong) passphrase yet: the user can give one and try again. */
  needsPassphrase: boolean;
  problems: ExchangeProblem[];
  facility: FacilityPreview | null;
  rounds: RoundPreview[];
  counts: VerdictCounts;
}

export interface ImportPreview {
  files: FilePreview[];
  /** Internal: what apply needs, per file key. */
  prepared: Map<string, PreparedFile>;
}

interface PreparedFile {
  file: ReadExchangeFile;
  facilityLocal: Facility | undefined;
  localRounds: Map<string, Assessment>;
  localStates: Map<string, LocalRoundState | undefined>;
  logCounts: Map<string, number>;
  plans: RoundPlan[];
  frameworksToAdd: Framework[];
  frameworkTexts: Map<string, string>;
}

const refusedFile = (
  source: ImportSource,
  problems: ExchangeProblem[],
  encrypted = false,
): FilePreview => ({
  key: source.key,
  name: source.name,
  size: source.blob.size,
  verdict: 'refused',
  encrypted,
  needsPassphrase: problems.some(
    (p) => p.code === 'passphrase-needed' || p.code === 'wrong-passphrase',
  ),
  problems,
  facility: null,
  rounds: [],
  counts: { new: 0, update: 0, unchanged: 0, conflict: 0 },
});

function side(round: Omit<Assessment, 'facilityId'>): RoundSide {
  const levels: RoundSide['levels'] = {};
  for (const [criterionId, answer] of Object.entries(round.answers)) {
    levels[criterionId] = answer.notApplicable ? 'na' : answer.level;
  }
  return {
    revision: round.revision,
    updatedAt: round.updatedAt,
    status: round.status,
    periodLabel: round.periodLabel,
    finalisedAt: round.finalisedAt,
    participants: round.participants,
    levels,
  };
}

function conflictDetails(
  local: Assessment,
  incoming: ExchangeRound,
  framework: Framework | undefined,
): CriterionConflict[] {
  const criteria = new Map(
    (framework?.domains ?? []).flatMap((d) => d.criteria.map((c) => [c.id, c] as const)),
  );
  const own = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);
  return answerDifferences(local.answers, incoming.answers, [...criteria.keys()]).map(
    ({ criterionId, fields }) => {
      const criterion = criteria.get(criterionId);
      return {
        criterionId,
        code: criterion?.code ?? null,
        title: criterion?.title ?? null,
        fields,
        local: own(local.answers, criterionId) ? local.answers[criterionId]! : null,
        file: own(incoming.answers, criterionId) ? incoming.answers[criterionId]! : null,
      };
    },
  );
}

/** A stored record in the shape of a file's round content (for its content hash). */
function storedContent(record: Assessment) {
  const { facilityId: _facilityId, imported: _imported, ...content } = record;
  return content;
}

/** The label an imported facility is known by when its name was not sent. */
export function facilityLabel(facility: { id: string; code: string | null; name?: string }) {
  return facility.name ?? facility.code ?? `#${facility.id.slice(0, 8)}`;
}

export interface PreviewOptions {
  /** Passphrases per file key, for encrypted files. */
  passphrases?: ReadonlyMap<string, string>;
  onProgress?: (done: number, total: number) => void;
  /** The current time for the plausibility checks of dates (injected in tests). */
  now?: Date;
}

/**
 * Reads and checks every file and plans it against this device's data. Writes nothing. Files
 * are planned in the order given, each against the state the earlier ones would leave, so a
 * batch holding an old and a new file of the same round comes out right in any order.
 */
export async function previewImport(
  sources: readonly ImportSource[],
  options: PreviewOptions = {},
): Promise<ImportPreview> {
  const preview: ImportPreview = { files: [], prepared: new Map() };
  const now = options.now ?? new Date();
  const total = sources.reduce((sum, s) => sum + s.blob.size, 0);
  if (sources.length > MAX_BATCH_FILES || total > MAX_BATCH_BYTES) {
    const reason =
      sources.length > MAX_BATCH_FILES
        ? problem('batch-too-many', '$', { count: sources.length, max: MAX_BATCH_FILES })
        : problem('batch-too-large', '$', { size: total, max: MAX_BATCH_BYTES });
    preview.files = sources.map((s) => refusedFile(s, [reason]));
    return preview;
  }

  const bundled = await loadBundledFrameworks();
  const knownFrameworks = new Map<string, { hash: string; framework: Framework }>();
  for (const b of bundled.frameworks) {
    knownFrameworks.set(`${b.framework.id}@${b.framework.version}`, {
      hash: b.contentHash,
      framework: b.framework,
    });
  }

  // Sizes are checked before anything is read. The readers (workers) also check each round
  // that needs nothing from this device, so the page only checks the rest.
  const readable = sources.filter((s) => s.blob.size <= MAX_EXCHANGE_BYTES);
  const results = await readExchangeFiles(
    readable.map((s) => {
      const passphrase = options.passphrases?.get(s.key);
      return passphrase ? { blob: s.blob, passphrase } : { blob: s.blob };
    }),
    (done) => options.onProgress?.(done, readable.length),
    {
      frameworks: new Map([...knownFrameworks].map(([key, known]) => [key, known.framework])),
      now,
    },
  );
  const resultByKey = new Map(readable.map((s, i) => [s.key, results[i]!]));

  const parsed: { source: ImportSource; file: ReadExchangeFile }[] = [];
  for (const source of sources) {
    const result = resultByKey.get(source.key);
    if (!result) {
      preview.files.push(
        refusedFile(source, [
          problem('too-large', '$', { size: source.blob.size, max: MAX_EXCHANGE_BYTES }),
        ]),
      );
    } else if (!result.ok) {
      preview.files.push(refusedFile(source, result.error.problems, result.error.encrypted));
    } else {
      parsed.push({ source, file: result.value });
      // Placeholder keeps the order of the user's list; replaced below.
      preview.files.push(refusedFile(source, []));
    }
  }
  if (parsed.length === 0) return preview;

  const frameworkKeys = new Map<string, [string, string]>();
  for (const { file } of parsed) {
    for (const round of file.payload.rounds) {
      frameworkKeys.set(`${round.frameworkId}@${round.frameworkVersion}`, [
        round.frameworkId,
        round.frameworkVersion,
      ]);
    }
  }
  let local;
  try {
    local = await readExchangeState(
      [...new Set(parsed.map((p) => p.file.payload.facility.id))],
      [...new Set(parsed.flatMap((p) => p.file.payload.rounds.map((r) => r.id)))],
      [...frameworkKeys.values()],
    );
  } catch (error) {
    for (const { source } of parsed) {
      replace(
        preview,
        refusedFile(source, [
          problem('local-data-unavailable', '$', { detail: String(error).slice(0, 120) }),
        ]),
      );
    }
    return preview;
  }
  const localFrameworkHashes = new Map<string, string>();
  for (const [key, record] of local.frameworks) localFrameworkHashes.set(key, record.contentHash);

  // The virtual local state, advanced file by file.
  const roundStates = new Map<string, LocalRoundState | undefined>();
  const roundRecords = new Map<string, Assessment | undefined>(local.rounds);
  const logCounts = new Map<string, number>();
  for (const [id, hashes] of local.logs) logCounts.set(id, hashes.length);
  await Promise.all(
    [...local.rounds.values()].map(async (record) => {
      const facility = local.facilities.get(record.facilityId);
      roundStates.set(record.id, {
        facilityId: record.facilityId,
        hash: await roundContentHash(storedContent(record)),
        known: local.logs.get(record.id) ?? [],
        own: !record.imported && !facility?.imported,
      });
    }),
  );
  const facilityRecords: ReadonlyMap<string, Facility> = local.facilities;

  let lastYield = performance.now();
  for (const { source, file } of parsed) {
    // Hundreds of files are planned (and some checked against their frameworks) here: give the
    // page a turn whenever this has run for a while, so it never freezes for long. By time,
    // not by count: a nested timer waits at least 4 ms, and most files take far less.
    if (performance.now() - lastYield > YIELD_AFTER_MS) {
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      lastYield = performance.now();
    }
    const problems: ExchangeProblem[] = [];
    const { facility, rounds } = file.payload;
    // A previous-round link may point into the same file or at a round already stored here.
    const inFile = new Map(rounds.map((r) => [r.id, r]));
    const findRound = (id: string) => {
      const sibling = inFile.get(id);
      if (sibling) return { facilityId: facility.id, createdAt: sibling.createdAt };
      const stored = roundRecords.get(id);
      return stored ? { facilityId: stored.facilityId, createdAt: stored.createdAt } : undefined;
    };
    const base = ['payload'];

    // Frameworks: embedded ones must match a same-version framework known here.
    const frameworksToAdd: Framework[] = [];
    const frameworkTexts = new Map<string, string>();
    const embedded = new Map<string, { framework: Framework; hash: string }>();
    file.frameworks.forEach((framework, index) => {
      const key = `${framework.id}@${framework.version}`;
      const hash = frameworkContentHash(framework);
      const existing = knownFrameworks.get(key)?.hash ?? localFrameworkHashes.get(key);
      if (existing !== undefined && existing !== hash) {
        problems.push(
          problem('framework-differs', formatJsonPath([...base, 'frameworks', index]), {
            id: framework.id,
            version: framework.version,
          }),
        );
        return;
      }
      embedded.set(key, { framework, hash });
      if (existing === undefined) {
        frameworksToAdd.push(framework);
        frameworkTexts.set(key, file.payload.frameworks[index]!.text);
      }
    });
    const roundFrameworks: (Framework | undefined)[] = [];
    rounds.forEach((round, index) => {
      const key = `${round.frameworkId}@${round.frameworkVersion}`;
      const path = [...base, 'rounds', index];
      const bundledOrLocal = knownFrameworks.get(key);
      const hash = bundledOrLocal?.hash ?? localFrameworkHashes.get(key) ?? embedded.get(key)?.hash;
      const framework =
        bundledOrLocal?.framework ??
        embedded.get(key)?.framework ??
        parsedLocalFramework(local.frameworks.get(key));
      roundFrameworks[index] = framework;
      if (hash === undefined || framework === undefined) {
        problems.push(
          problem('framework-unknown', formatJsonPath([...path, 'frameworkVersion']), {
            id: round.frameworkId,
            version: round.frameworkVersion,
          }),
        );
        return;
      }
      if (hash !== round.frameworkContentHash) {
        problems.push(
          problem('framework-hash-mismatch', formatJsonPath([...path, 'frameworkContentHash']), {
            id: round.frameworkId,
            version: round.frameworkVersion,
          }),
        );
        return;
      }
      // The reader checked this round against the same framework (bundled, else embedded)
      // when its previous-round link stays inside the file.
      const checked =
        bundledOrLocal !== undefined || embedded.has(key) ? file.roundChecks?.[index] : null;
      problems.push(
        ...(checked ?? validateImportedRound(round, facility.id, framework, path, findRound, now)),
      );
    });

    // Plans, against the virtual state.
    const plans: RoundPlan[] = rounds.map((round, index) =>
      classifyRound(
        {
          id: round.id,
          facilityId: facility.id,
          hash: file.roundHashes[index]!,
          ancestry: round.ancestry,
        },
        roundStates.get(round.id),
      ),
    );
    plans.forEach((plan, index) => {
      if (plan.verdict === 'refused') {
        problems.push(
          problem('own-facility-mismatch', formatJsonPath([...base, 'rounds', index, 'id']), {
            id: plan.id,
          }),
        );
      }
    });

    const facilityLocal = facilityRecords.get(facility.id);
    const roundPreviews: RoundPreview[] = rounds.map((round, index) => {
      const localRecord = roundRecords.get(round.id);
      const plan = plans[index]!;
      return {
        id: round.id,
        periodLabel: round.periodLabel,
        frameworkId: round.frameworkId,
        frameworkVersion: round.frameworkVersion,
        plan,
        incoming: side(round),
        local: localRecord ? side(localRecord) : null,
        differences:
          plan.verdict === 'conflict' && localRecord
            ? conflictDetails(localRecord, round, roundFrameworks[index])
            : [],
      };
    });

    const filePreview: FilePreview = {
      key: source.key,
      name: source.name,
      size: source.blob.size,
      verdict: problems.length > 0 ? 'refused' : fileVerdict(plans),
      encrypted: file.encrypted,
      needsPassphrase: false,
      problems: problems.slice(0, 20),
      facility: {
        id: facility.id,
        code: facility.code,
        name: facility.name ?? null,
        type: facility.type,
        region: facility.region,
        own: facilityLocal !== undefined && !facilityLocal.imported,
        isNew: facilityLocal === undefined,
      },
      rounds: roundPreviews,
      counts: countVerdicts(plans),
    };
    replace(preview, filePreview);
    if (problems.length > 0) continue;

    preview.prepared.set(source.key, {
      file,
      facilityLocal,
      localRounds: new Map(
        rounds.flatMap((r) => {
          const record = roundRecords.get(r.id);
          return record ? [[r.id, record] as const] : [];
        }),
      ),
      localStates: new Map(rounds.map((r) => [r.id, roundStates.get(r.id)])),
      logCounts: new Map(rounds.map((r) => [r.id, logCounts.get(r.id) ?? 0])),
      plans,
      frameworksToAdd,
      frameworkTexts,
    });

    // Advance the virtual state as if this file were imported with conflicts kept local (the
    // default): later files in the batch are planned against it.
    rounds.forEach((round, index) => {
      const plan = plans[index]!;
      const written = writesRound(plan, undefined);
      const incoming = {
        id: round.id,
        facilityId: facility.id,
        hash: file.roundHashes[index]!,
        ancestry: round.ancestry,
      };
      const before = roundStates.get(round.id);
      const after = stateAfter(incoming, before, written);
      roundStates.set(round.id, after);
      if (after.known.length !== (before?.known.length ?? 0)) {
        logCounts.set(round.id, after.known.length);
      }
      if (written) {
        roundRecords.set(round.id, toRecord(round, facility.id, PLACEHOLDER_MARKER));
      }
    });
    for (const framework of frameworksToAdd) {
      localFrameworkHashes.set(
        `${framework.id}@${framework.version}`,
        frameworkContentHash(framework),
      );
    }
  }
  return preview;
}

/** How long the planning loop runs before it lets the page paint and take input. */
const YIELD_AFTER_MS = 30;

const PLACEHOLDER_MARKER: ImportMarker = {
  facilityCode: '-',
  importedAt: '1970-01-01T00:00:00.000Z',
  nameShared: false,
};

function parsedLocalFramework(record: StoredFramework | undefined): Framework | undefined {
  if (!record) return undefined;
  const loaded = loadFrameworkText(record.text);
  return loaded.ok ? loaded.value : undefined;
}

function replace(preview: ImportPreview, file: FilePreview): void {
  const index = preview.files.findIndex((f) => f.key === file.key);
  if (index >= 0) preview.files[index] = file;
  else preview.files.push(file);
}

function toRecord(
  round: ExchangeRound,
  facilityId: string,
  marker: ImportMarker | null,
): Assessment {
  const { ancestry: _ancestry, frameworkContentHash: _hash, ...content } = round;
  return marker ? { ...content, facilityId, imported: marker } : { ...content, facilityId };
}

/** Which version the user keeps, per file key and round id. */
export type ConflictChoices = ReadonlyMap<string, ReadonlyMap<string, ConflictChoice>>;

export interface ImportOutcome {
  /** Files whose changes were written (or that had nothing to write). */
  written: string[];
  /** Files skipped because the data on this device changed since the preview. */
  stale: string[];
}

export type ImportApplyResult =
  | { ok: true; value: ImportOutcome }
  | { ok: false; error: DbError | { kind: 'choice-missing'; file: string; round: string } };

/**
 * Writes the previewed files that were not refused; conflicts need a choice in `choices` (a
 * missing choice refuses the whole import before anything is written). Each file is all or
 * nothing; one transaction for the batch.
 */
export async function applyImport(
  preview: ImportPreview,
  choices: ConflictChoices,
  now: Date = new Date(),
): Promise<ImportApplyResult> {
  const at = now.toISOString();
  const writes: ImportFileWrite[] = [];
  // Facilities written by earlier files of this batch: later files expect those versions.
  const batchFacilities = new Map<string, Facility>();
  for (const filePreview of preview.files) {
    const prepared = preview.prepared.get(filePreview.key);
    if (!prepared || filePreview.verdict === 'refused') continue;
    const { file } = prepared;
    const { facility } = file.payload;
    const fileChoices = choices.get(filePreview.key);
    for (const plan of prepared.plans) {
      if (plan.verdict === 'conflict' && !fileChoices?.has(plan.id)) {
        return {
          ok: false,
          error: { kind: 'choice-missing', file: filePreview.key, round: plan.id },
        };
      }
    }
    const marker: ImportMarker = {
      facilityCode: facility.code ?? facilityLabel(facility),
      importedAt: at,
      nameShared: facility.name !== undefined,
    };
    const write: ImportFileWrite = {
      key: filePreview.key,
      facility: null,
      rounds: [],
      frameworks: [],
      logs: [],
      expect: { facilities: [], rounds: [], logs: [], frameworks: [] },
    };
    let anyRound = false;
    file.payload.rounds.forEach((round, index) => {
      const plan = prepared.plans[index]!;
      const choice = fileChoices?.get(round.id);
      const written = writesRound(plan, choice);
      const local = prepared.localRounds.get(round.id);
      const before = prepared.localStates.get(round.id);
      write.expect.rounds.push({
        id: round.id,
        revision: local?.revision ?? null,
        updatedAt: local?.updatedAt ?? null,
      });
      write.expect.logs.push({ roundId: round.id, count: prepared.logCounts.get(round.id) ?? 0 });
      if (written) {
        anyRound = true;
        // The user's own round stays their own (editable) when they keep the file's version.
        write.rounds.push(toRecord(round, facility.id, before?.own ? null : marker));
      }
      const after = stateAfter(
        {
          id: round.id,
          facilityId: facility.id,
          hash: file.roundHashes[index]!,
          ancestry: round.ancestry,
        },
        before,
        written,
      );
      if (after.known.length !== (prepared.logCounts.get(round.id) ?? 0)) {
        write.logs.push({ roundId: round.id, hashes: [...after.known] });
      }
    });

    const local = batchFacilities.get(facility.id) ?? prepared.facilityLocal;
    write.expect.facilities.push({ id: facility.id, updatedAt: local?.updatedAt ?? null });
    if (!local || (local.imported && anyRound)) {
      const next: Facility = {
        id: facility.id,
        name: facilityLabel(facility),
        type: facility.type,
        region: facility.region,
        alias: facility.code ?? '',
        archived: local?.archived ?? false,
        createdAt: local?.createdAt ?? at,
        updatedAt: at,
        imported: marker,
      };
      write.facility = next;
      batchFacilities.set(next.id, next);
    }
    for (const framework of prepared.frameworksToAdd) {
      const key = `${framework.id}@${framework.version}`;
      const record: StoredFramework = {
        id: framework.id,
        version: framework.version,
        title: framework.title,
        status: framework.status,
        loadedAt: at,
        contentHash: frameworkContentHash(framework),
        text: prepared.frameworkTexts.get(key)!,
      };
      // Two files of one batch may carry the same framework: the first adds it.
      if (
        !writes.some((w) =>
          w.frameworks.some((f) => f.id === record.id && f.version === record.version),
        )
      ) {
        write.frameworks.push(record);
        write.expect.frameworks.push({ id: record.id, version: record.version, contentHash: null });
      }
    }
    writes.push(write);
  }
  const result = await applyExchangeImport(writes, at);
  return result;
}
