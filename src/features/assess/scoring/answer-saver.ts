import type { DbError, WriteResult } from '../../../db/errors';
import { canonicalJson } from '../../../domain/framework-model';
import { emptyAnswer, type Answer, type Assessment } from '../../../schemas/records';
import type { DraftJournal, JournalConflict } from './draft-journal';

/**
 * Keeps the edits of one scoring screen safe on their way to IndexedDB.
 *
 * Per criterion it holds the local draft (what the user sees while a save is pending), the
 * `answer.updatedAt` that draft is based on, and the phase of its save. Saves of one criterion
 * never overlap: an edit made while a save is in flight is saved right after it, based on the
 * stamp the first save returned. A conflict (another window saved this criterion since the
 * draft's base) stops autosaving for that criterion until the user chooses a version, and the
 * draft stays visible, so nothing typed is lost. Every draft is also written to a journal
 * (localStorage) synchronously, so a tab closed before IndexedDB confirmed the write can still
 * recover it the next time the round is opened.
 *
 * A crash is different from a closed tab: Chromium writes localStorage to disk lazily, so after a
 * killed browser the journal on disk can be seconds old, and so can a removal of a saved draft.
 * Two rules make recovery unable to make things worse:
 * - typing is saved to IndexedDB after a short pause and at least every MAX_WAIT_MS while typing
 *   goes on; a committed IndexedDB transaction survives a crash;
 * - a journaled draft is replayed only when it is based on exactly the stored version
 *   (`base === stored.updatedAt`); a draft based on an older version is older than what is
 *   stored and is dropped, never saved over it. A conflict the user had not settled comes back
 *   as a conflict only while the other version it was shown against is still the stored one.
 *
 * Plain TypeScript without React: the screen subscribes through useSyncExternalStore.
 */

export type SavePhase = 'idle' | 'waiting' | 'saving' | 'conflict' | 'error';

export interface EntryState {
  /** Local edits not yet confirmed by the database; null when there is nothing pending. */
  readonly draft: Answer | null;
  /** answer.updatedAt the draft is based on (null: there was no stored answer). */
  readonly base: string | null;
  /** The answer as this window last saw it confirmed by the database. */
  readonly saved: Answer | null;
  readonly phase: SavePhase;
  readonly error: DbError | null;
  /** On conflict: the version another window stored (null if it has none). */
  readonly theirs: Answer | null;
  /** True when this draft came back from the journal of an earlier session. */
  readonly recovered: boolean;
  /** With `recovered`: the stored version the recovered draft replaced (null: none). */
  readonly recoveredFrom: Answer | null;
}

export interface SaverDeps {
  save(
    assessmentId: string,
    criterionId: string,
    answer: Answer,
    baseUpdatedAt: string | null,
  ): Promise<WriteResult<Assessment>>;
  load(assessmentId: string): Promise<Assessment | undefined>;
  journal?: DraftJournal;
  /** Called after every successful save (the screen asks for persistent storage once). */
  onSaved?: () => void;
  debounceMs?: number;
  /** Longest time typing waits for a pause before it is saved anyway. */
  maxWaitMs?: number;
}

export type EditMode = 'now' | 'debounced';

export interface SaverSummary {
  saving: boolean;
  problems: number;
  lastSavedAt: Date | null;
}

const EMPTY_ENTRY: EntryState = {
  draft: null,
  base: null,
  saved: null,
  phase: 'idle',
  error: null,
  theirs: null,
  recovered: false,
  recoveredFrom: null,
};

/**
 * Short enough that text typed 300 ms before a crash is in IndexedDB (a save rewrites one
 * record, a few kB to a few hundred kB: cheap at this rate).
 */
export const DEFAULT_DEBOUNCE_MS = 150;
export const DEFAULT_MAX_WAIT_MS = 200;

/**
 * The timing savers use when their deps name none. Tests that need an edit to stay unsaved for
 * a while (to stage a conflict without racing the clock) raise it; the app never changes it.
 */
export const saveTiming = { debounceMs: DEFAULT_DEBOUNCE_MS, maxWaitMs: DEFAULT_MAX_WAIT_MS };

/** The newer of two versions of an answer (by their stamps); either may be missing. */
export function newerAnswer(
  a: Answer | null | undefined,
  b: Answer | null | undefined,
): Answer | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return a.updatedAt >= b.updatedAt ? a : b;
}

/** Same content, ignoring the stamp. */
export function sameAnswerContent(
  a: Answer | null | undefined,
  b: Answer | null | undefined,
): boolean {
  if (!a || !b) return a === b;
  return canonicalJson({ ...a, updatedAt: '' }) === canonicalJson({ ...b, updatedAt: '' });
}

export class AnswerSaver {
  private readonly entries = new Map<string, EntryState>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** When the oldest unsaved edit of a pending debounce was made (for the max wait). */
  private readonly waitingSince = new Map<string, number>();
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private version = 0;
  private lastSavedAt: Date | null = null;
  private summaryCache: { version: number; value: SaverSummary } | null = null;
  private recoveredOnce = false;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;

  constructor(
    readonly assessmentId: string,
    private readonly deps: SaverDeps,
  ) {
    this.debounceMs = deps.debounceMs ?? saveTiming.debounceMs;
    this.maxWaitMs = Math.max(this.debounceMs, deps.maxWaitMs ?? saveTiming.maxWaitMs);
  }

  // -- subscription ------------------------------------------------------------------------------

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  getVersion = (): number => this.version;

  entry(criterionId: string): EntryState {
    return this.entries.get(criterionId) ?? EMPTY_ENTRY;
  }

  /** What the screen shows for a criterion: the draft, else the newest confirmed version. */
  current(criterionId: string, stored: Answer | undefined): Answer | null {
    const e = this.entry(criterionId);
    return e.draft ?? newerAnswer(e.saved, stored);
  }

  summary(): SaverSummary {
    if (this.summaryCache?.version === this.version) return this.summaryCache.value;
    let saving = false;
    let problems = 0;
    for (const e of this.entries.values()) {
      if (e.phase === 'saving' || e.phase === 'waiting') saving = true;
      if (e.phase === 'conflict' || e.phase === 'error') problems += 1;
    }
    const value = { saving, problems, lastSavedAt: this.lastSavedAt };
    this.summaryCache = { version: this.version, value };
    return value;
  }

  /** True while any edit is not confirmed by the database. */
  hasUnsaved(): boolean {
    for (const e of this.entries.values()) if (e.draft) return true;
    return false;
  }

  /** Edits that a flush cannot save without the user (conflict) or that failed (error). */
  hasProblems(): boolean {
    return this.summary().problems > 0;
  }

  // -- editing -----------------------------------------------------------------------------------

  /**
   * Applies `update` to what the screen shows for this criterion and schedules the save:
   * at once for choices (level, N/A, target, flags, adding/removing items), debounced for typing.
   */
  edit(
    criterionId: string,
    stored: Answer | undefined,
    update: (answer: Answer) => Answer,
    mode: EditMode,
  ): void {
    const e = this.entry(criterionId);
    const confirmed = newerAnswer(e.saved, stored);
    const from = e.draft ?? confirmed ?? emptyAnswer(new Date().toISOString());
    const base = e.draft ? e.base : (confirmed?.updatedAt ?? null);
    const draft = update(from);
    const phase: SavePhase =
      e.phase === 'conflict' ? 'conflict' : e.phase === 'saving' ? 'saving' : 'waiting';
    this.set(criterionId, {
      ...e,
      draft,
      base,
      phase,
      error: phase === 'conflict' ? e.error : null,
    });
    // In a conflict the journal keeps the base and the conflict it records, so a recovery in
    // another session meets the same conflict instead of silently overwriting the other version.
    if (phase === 'conflict') this.journalPut(criterionId, draft, undefined, undefined);
    else this.journalPut(criterionId, draft, base, null);
    if (phase === 'conflict') return;
    if (mode === 'now') void this.flush(criterionId);
    else this.schedule(criterionId);
  }

  /** Saves this criterion's pending draft now (also called on blur). */
  flush(criterionId: string): Promise<void> {
    this.clearTimer(criterionId);
    const running = this.inFlight.get(criterionId);
    if (running) {
      this.again.add(criterionId);
      return running;
    }
    const e = this.entry(criterionId);
    if (!e.draft || e.phase === 'conflict') return Promise.resolve();
    const promise = this.run(criterionId, e.draft, e.base);
    this.inFlight.set(criterionId, promise);
    return promise;
  }

  /** Saves every pending draft now (page hidden, leaving the screen, before finalising). */
  flushAll(): Promise<void> {
    const pending: Promise<void>[] = [];
    for (const [criterionId, e] of this.entries) {
      if (e.draft && e.phase !== 'conflict') pending.push(this.flush(criterionId));
    }
    return Promise.all(pending).then(() => undefined);
  }

  /** Conflict: the user keeps their own version; it replaces the other window's. */
  keepMine(criterionId: string): Promise<void> {
    const e = this.entry(criterionId);
    if (e.phase !== 'conflict' || !e.draft) return Promise.resolve();
    this.set(criterionId, { ...e, phase: 'waiting', error: null, theirs: null });
    this.journalPut(criterionId, e.draft, e.base, null);
    return this.flush(criterionId);
  }

  /** Conflict: the user drops their draft and takes the stored version. */
  takeTheirs(criterionId: string): void {
    const e = this.entry(criterionId);
    this.clearTimer(criterionId);
    this.set(criterionId, {
      ...EMPTY_ENTRY,
      saved: e.theirs,
      base: e.theirs?.updatedAt ?? null,
    });
    this.deps.journal?.remove(this.assessmentId, criterionId);
  }

  /** Error: try the same save again. */
  retry(criterionId: string): Promise<void> {
    const e = this.entry(criterionId);
    if (e.phase !== 'error' || !e.draft) return Promise.resolve();
    this.set(criterionId, { ...e, phase: 'waiting' });
    return this.flush(criterionId);
  }

  /**
   * Brings back drafts that an earlier session journaled but never saved, and saves them.
   * Runs once; `assessment` is the stored round. Only a draft based on the stored version is
   * replayed (it is newer than what is stored); a draft based on an older version is stale (the
   * journal on disk lags after a crash) and is dropped, so saved text is never replaced by older
   * text and no false conflict appears. An unsettled conflict comes back only while the version
   * it was shown against is still stored.
   */
  recover(assessment: Assessment): void {
    if (this.recoveredOnce || !this.deps.journal) return;
    this.recoveredOnce = true;
    for (const item of this.deps.journal.list(this.assessmentId)) {
      if (this.entries.get(item.criterionId)?.draft) continue;
      const stored = Object.prototype.hasOwnProperty.call(assessment.answers, item.criterionId)
        ? (assessment.answers[item.criterionId] ?? null)
        : null;
      const storedAt = stored?.updatedAt ?? null;
      if (sameAnswerContent(stored, item.answer)) {
        this.deps.journal.remove(this.assessmentId, item.criterionId);
        continue;
      }
      if (item.conflict) {
        if (item.conflict.theirs !== storedAt) {
          this.deps.journal.remove(this.assessmentId, item.criterionId);
          continue;
        }
        this.set(item.criterionId, {
          draft: item.answer,
          base: storedAt,
          saved: stored,
          phase: 'conflict',
          error: { kind: 'conflict' },
          theirs: stored,
          recovered: true,
          recoveredFrom: stored,
        });
        continue;
      }
      if (item.base !== storedAt) {
        this.deps.journal.remove(this.assessmentId, item.criterionId);
        continue;
      }
      this.set(item.criterionId, {
        ...this.entry(item.criterionId),
        draft: item.answer,
        base: item.base,
        phase: 'waiting',
        recovered: true,
        recoveredFrom: stored,
      });
      void this.flush(item.criterionId);
    }
  }

  /** The user has seen the recovery notice. */
  dismissRecovery(criterionId: string): void {
    const e = this.entry(criterionId);
    if (!e.recovered) return;
    this.set(criterionId, { ...e, recovered: false, recoveredFrom: null });
  }

  /** Stops timers (the screen is going away) after starting their saves. */
  dispose(): void {
    void this.flushAll();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  // -- internals ---------------------------------------------------------------------------------

  private schedule(criterionId: string): void {
    const now = Date.now();
    const since = this.waitingSince.get(criterionId) ?? now;
    this.clearTimer(criterionId);
    this.waitingSince.set(criterionId, since);
    // Continuous typing never pauses: it is saved at least every maxWaitMs all the same.
    const delay = Math.max(0, Math.min(this.debounceMs, since + this.maxWaitMs - now));
    this.timers.set(
      criterionId,
      setTimeout(() => {
        this.timers.delete(criterionId);
        this.waitingSince.delete(criterionId);
        void this.flush(criterionId);
      }, delay),
    );
  }

  private clearTimer(criterionId: string): void {
    const timer = this.timers.get(criterionId);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(criterionId);
    this.waitingSince.delete(criterionId);
  }

  private async run(criterionId: string, sent: Answer, base: string | null): Promise<void> {
    this.set(criterionId, { ...this.entry(criterionId), phase: 'saving' });
    let result: WriteResult<Assessment>;
    try {
      result = await this.deps.save(this.assessmentId, criterionId, sent, base);
    } catch (error) {
      // The repository never throws; this guards against a broken promise chain all the same.
      result = { ok: false, error: { kind: 'unknown', detail: String(error) } };
    }
    try {
      if (result.ok) this.settleSaved(criterionId, sent, result.value);
      else if (result.error.kind === 'conflict') await this.settleConflict(criterionId, sent);
      else this.settleError(criterionId, result.error);
    } finally {
      this.inFlight.delete(criterionId);
      const repeat = this.again.delete(criterionId);
      const e = this.entry(criterionId);
      if (repeat && e.draft && e.phase !== 'conflict' && e.phase !== 'error') {
        void this.flush(criterionId);
      }
    }
  }

  private settleSaved(criterionId: string, sent: Answer, assessment: Assessment): void {
    const stored = assessment.answers[criterionId] ?? null;
    const e = this.entry(criterionId);
    const done = e.draft === sent;
    const base = stored?.updatedAt ?? e.base;
    this.lastSavedAt = new Date();
    this.set(criterionId, {
      draft: done ? null : e.draft,
      base,
      saved: stored,
      phase: done ? 'idle' : 'waiting',
      error: null,
      theirs: null,
      // The notice stays after the save: the user should still see what came back, and how.
      recovered: e.recovered,
      recoveredFrom: e.recoveredFrom,
    });
    if (done) this.deps.journal?.remove(this.assessmentId, criterionId);
    else if (e.draft) this.journalPut(criterionId, e.draft, base, null);
    this.deps.onSaved?.();
  }

  private async settleConflict(criterionId: string, sent: Answer): Promise<void> {
    const fresh = await this.deps.load(this.assessmentId);
    const theirs = fresh?.answers[criterionId] ?? null;
    const e = this.entry(criterionId);
    const draft = e.draft ?? sent;
    if (theirs && sameAnswerContent(theirs, draft)) {
      // The stored version already says exactly this (e.g. a recovered draft saved twice).
      this.set(criterionId, { ...EMPTY_ENTRY, saved: theirs, base: theirs.updatedAt });
      this.deps.journal?.remove(this.assessmentId, criterionId);
      return;
    }
    this.clearTimer(criterionId);
    this.set(criterionId, {
      draft,
      // "Save again" replaces exactly the version the user was shown in the message.
      base: theirs?.updatedAt ?? null,
      saved: theirs,
      phase: 'conflict',
      error: { kind: 'conflict' },
      theirs,
      recovered: e.recovered,
      recoveredFrom: e.recoveredFrom,
    });
    this.journalPut(criterionId, draft, undefined, { theirs: theirs?.updatedAt ?? null });
  }

  private settleError(criterionId: string, error: DbError): void {
    const e = this.entry(criterionId);
    this.set(criterionId, { ...e, phase: 'error', error });
    // A deleted round has nowhere to save to; keeping its journal would only resurrect it.
    if (error.kind === 'not-found') this.deps.journal?.remove(this.assessmentId, criterionId);
  }

  /** `base` / `conflict` undefined: keep what is already journaled for this criterion. */
  private journalPut(
    criterionId: string,
    draft: Answer,
    base: string | null | undefined,
    conflict: JournalConflict | null | undefined,
  ): void {
    this.deps.journal?.put(this.assessmentId, criterionId, draft, base, conflict);
  }

  private set(criterionId: string, state: EntryState): void {
    this.entries.set(criterionId, state);
    this.version += 1;
    for (const listener of [...this.listeners]) listener();
  }
}
