import '../../../schemas/zod-config';
import { z } from 'zod';
import { AnswerSchema, type Answer } from '../../../schemas/records';

/**
 * A safety net under the autosave: every unsaved draft of a criterion is written to
 * localStorage synchronously, on every keystroke, and removed once IndexedDB confirmed the save.
 * IndexedDB writes are asynchronous and a tab that is closed (or crashes) right after typing
 * may never finish them; a localStorage write is handed to the browser before the call returns.
 * When the round is opened again, leftover drafts are saved (src/features/assess/scoring/answer-saver.ts).
 *
 * It holds only what the user typed into this round on this device, like IndexedDB does, and
 * every failure (storage disabled, full) is ignored: the journal is a second line of defence.
 */

export interface JournalItem {
  criterionId: string;
  answer: Answer;
  /** answer.updatedAt the draft was based on. */
  base: string | null;
  /** Set while the draft met a conflict the user had not settled. */
  conflict: JournalConflict | null;
}

/** The other version a conflicting draft was shown against (its answer.updatedAt). */
export interface JournalConflict {
  theirs: string | null;
}

export interface DraftJournal {
  /** `base` / `conflict` undefined keep what is already journaled. */
  put(
    assessmentId: string,
    criterionId: string,
    answer: Answer,
    base: string | null | undefined,
    conflict?: JournalConflict | null,
  ): void;
  remove(assessmentId: string, criterionId: string): void;
  list(assessmentId: string): JournalItem[];
  clear(assessmentId: string): void;
}

const PREFIX = 'kwaliteitskader.unsaved.v1:';

const StoredItemSchema = z.object({
  answer: AnswerSchema,
  base: z.string().nullable(),
  at: z.string(),
  conflict: z.object({ theirs: z.string().nullable() }).nullable().optional(),
});

function keyOf(assessmentId: string, criterionId: string): string {
  return `${PREFIX}${assessmentId}:${criterionId}`;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Locked-down browsers may refuse access altogether.
    return null;
  }
}

function keysFor(store: Storage, assessmentId: string): string[] {
  const prefix = `${PREFIX}${assessmentId}:`;
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

function read(store: Storage, key: string): z.infer<typeof StoredItemSchema> | null {
  try {
    const raw = store.getItem(key);
    if (raw === null) return null;
    const parsed = StoredItemSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const localDraftJournal: DraftJournal = {
  put(assessmentId, criterionId, answer, base, conflict) {
    const store = storage();
    if (!store) return;
    const key = keyOf(assessmentId, criterionId);
    try {
      const previous = base === undefined || conflict === undefined ? read(store, key) : null;
      const keptBase = base === undefined ? (previous?.base ?? null) : base;
      const keptConflict = conflict === undefined ? (previous?.conflict ?? null) : conflict;
      store.setItem(
        key,
        JSON.stringify({
          answer,
          base: keptBase,
          conflict: keptConflict,
          at: new Date().toISOString(),
        }),
      );
    } catch {
      // Full or disabled: the IndexedDB save still runs.
    }
  },
  remove(assessmentId, criterionId) {
    try {
      storage()?.removeItem(keyOf(assessmentId, criterionId));
    } catch {
      // Nothing to do.
    }
  },
  list(assessmentId) {
    const store = storage();
    if (!store) return [];
    const prefix = `${PREFIX}${assessmentId}:`;
    const items: JournalItem[] = [];
    try {
      for (const key of keysFor(store, assessmentId)) {
        const item = read(store, key);
        if (item)
          items.push({
            criterionId: key.slice(prefix.length),
            answer: item.answer,
            base: item.base,
            conflict: item.conflict ?? null,
          });
        else store.removeItem(key);
      }
    } catch {
      return items;
    }
    return items;
  },
  clear(assessmentId) {
    const store = storage();
    if (!store) return;
    try {
      for (const key of keysFor(store, assessmentId)) store.removeItem(key);
    } catch {
      // Nothing to do.
    }
  },
};

/** Whether a round has drafts that never reached the database (shown on the facility page). */
export function hasJournaledDrafts(assessmentId: string): boolean {
  return localDraftJournal.list(assessmentId).length > 0;
}
