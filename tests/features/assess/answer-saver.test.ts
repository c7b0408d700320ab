import { describe, expect, it, vi } from 'vitest';
import type { WriteResult } from '../../../src/db/errors';
import { AnswerSaver, type SaverDeps } from '../../../src/features/assess/scoring/answer-saver';
import type { DraftJournal, JournalItem } from '../../../src/features/assess/scoring/draft-journal';
import { emptyAnswer, type Answer, type Assessment } from '../../../src/schemas/records';

const CID = 'c1';

/** An in-memory stand-in for saveAnswer with the same base check, and manual completion. */
function fakeStore() {
  let clock = 0;
  const answers: Record<string, Answer> = {};
  const calls: { answer: Answer; base: string | null; resolve: () => void }[] = [];
  const assessment = (): Assessment =>
    ({ id: 'a1', answers: structuredClone(answers) }) as unknown as Assessment;
  const commit = (
    criterionId: string,
    answer: Answer,
    base: string | null,
  ): WriteResult<Assessment> => {
    if ((answers[criterionId]?.updatedAt ?? null) !== base)
      return { ok: false, error: { kind: 'conflict' } };
    clock += 1;
    answers[criterionId] = {
      ...answer,
      updatedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, clock)).toISOString(),
    };
    return { ok: true, value: assessment() };
  };
  const save: SaverDeps['save'] = (_id, criterionId, answer, base) =>
    new Promise((resolve) => {
      calls.push({ answer, base, resolve: () => resolve(commit(criterionId, answer, base)) });
    });
  return { answers, calls, save, load: async () => assessment(), commit };
}

function memoryJournal(): DraftJournal & { items: Map<string, JournalItem> } {
  const items = new Map<string, JournalItem>();
  return {
    items,
    put: (_a, criterionId, answer, base, conflict) =>
      items.set(criterionId, {
        criterionId,
        answer,
        base: base === undefined ? (items.get(criterionId)?.base ?? null) : base,
        conflict: conflict === undefined ? (items.get(criterionId)?.conflict ?? null) : conflict,
      }),
    remove: (_a, criterionId) => void items.delete(criterionId),
    list: () => [...items.values()],
    clear: () => items.clear(),
  };
}

const flushPromises = () => new Promise((r) => setTimeout(r, 0));

describe('AnswerSaver', () => {
  it('never overlaps saves of one criterion: an edit during a save follows with the new base', async () => {
    const store = fakeStore();
    const journal = memoryJournal();
    const saver = new AnswerSaver('a1', {
      save: store.save,
      load: store.load,
      journal,
      debounceMs: 10,
    });
    saver.edit(CID, undefined, (a) => ({ ...a, level: 2 }), 'now');
    expect(store.calls).toHaveLength(1);
    expect(saver.summary().saving).toBe(true);
    saver.edit(CID, undefined, (a) => ({ ...a, level: 3 }), 'now');
    expect(store.calls).toHaveLength(1); // waits for the first
    expect(saver.current(CID, undefined)?.level).toBe(3);
    expect(journal.items.get(CID)?.answer.level).toBe(3);

    store.calls[0]!.resolve();
    await flushPromises();
    expect(store.calls).toHaveLength(2);
    expect(store.calls[1]!.base).toBe(store.answers[CID]!.updatedAt);
    store.calls[1]!.resolve();
    await flushPromises();
    expect(store.answers[CID]!.level).toBe(3);
    expect(saver.entry(CID).phase).toBe('idle');
    expect(saver.hasUnsaved()).toBe(false);
    expect(journal.items.size).toBe(0);
    expect(saver.summary().lastSavedAt).toBeInstanceOf(Date);
  });

  it('debounces typing, and flush() saves at once', async () => {
    vi.useFakeTimers();
    try {
      const store = fakeStore();
      const saver = new AnswerSaver('a1', { save: store.save, load: store.load, debounceMs: 600 });
      saver.edit(CID, undefined, (a) => ({ ...a, naReason: 'a' }), 'debounced');
      saver.edit(CID, undefined, (a) => ({ ...a, naReason: 'ab' }), 'debounced');
      vi.advanceTimersByTime(599);
      expect(store.calls).toHaveLength(0);
      vi.advanceTimersByTime(1);
      expect(store.calls).toHaveLength(1);
      expect(store.calls[0]!.answer.naReason).toBe('ab');
      store.calls[0]!.resolve();
      await vi.runAllTimersAsync();
      saver.edit(CID, store.answers[CID], (a) => ({ ...a, naReason: 'abc' }), 'debounced');
      void saver.flushAll();
      expect(store.calls).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('on conflict keeps the draft, stops autosaving, and lets the user choose', async () => {
    const store = fakeStore();
    const journal = memoryJournal();
    const saver = new AnswerSaver('a1', {
      save: store.save,
      load: store.load,
      journal,
      debounceMs: 10,
    });
    store.commit(CID, { ...emptyAnswer('x'), level: 1 }, null);
    const seen = { ...store.answers[CID]! };
    store.commit(CID, { ...seen, level: 5 }, seen.updatedAt); // another window

    saver.edit(CID, seen, (a) => ({ ...a, level: 2 }), 'now');
    store.calls[0]!.resolve();
    await flushPromises();
    const entry = saver.entry(CID);
    expect(entry.phase).toBe('conflict');
    expect(entry.theirs?.level).toBe(5);
    expect(saver.current(CID, store.answers[CID])?.level).toBe(2);
    expect(journal.items.get(CID)?.base).toBe(seen.updatedAt); // the base it really started from

    // Typing on does not save over the other version behind the user's back.
    saver.edit(CID, store.answers[CID], (a) => ({ ...a, naReason: 'meer' }), 'now');
    expect(store.calls).toHaveLength(1);
    expect(journal.items.get(CID)?.base).toBe(seen.updatedAt);

    void saver.keepMine(CID);
    expect(store.calls).toHaveLength(2);
    store.calls[1]!.resolve();
    await flushPromises();
    expect(store.answers[CID]).toMatchObject({ level: 2, naReason: 'meer' });
    expect(saver.entry(CID).phase).toBe('idle');
  });

  it('treats a "conflict" with identical content as saved (a recovered draft saved twice)', async () => {
    const store = fakeStore();
    const saver = new AnswerSaver('a1', { save: store.save, load: store.load, debounceMs: 10 });
    saver.edit(CID, undefined, (a) => ({ ...a, level: 4 }), 'now');
    store.commit(CID, { ...emptyAnswer('x'), level: 4 }, null);
    store.calls[0]!.resolve();
    await flushPromises();
    expect(saver.entry(CID).phase).toBe('idle');
    expect(saver.hasUnsaved()).toBe(false);
  });

  it('keeps the draft on a storage error and retries on request', async () => {
    const journal = memoryJournal();
    let fail = true;
    const save = vi.fn(async (): Promise<WriteResult<Assessment>> =>
      fail
        ? { ok: false, error: { kind: 'quota' } }
        : {
            ok: true,
            value: {
              answers: { [CID]: { ...emptyAnswer('2026-01-01T00:00:00.000Z'), naReason: 'tekst' } },
            } as unknown as Assessment,
          },
    );
    const saver = new AnswerSaver('a1', { save, load: async () => undefined, journal });
    saver.edit(CID, undefined, (a) => ({ ...a, naReason: 'tekst' }), 'now');
    await flushPromises();
    expect(saver.entry(CID)).toMatchObject({ phase: 'error', error: { kind: 'quota' } });
    expect(saver.current(CID, undefined)?.naReason).toBe('tekst');
    expect(saver.hasProblems()).toBe(true);
    expect(journal.items.has(CID)).toBe(true);
    fail = false;
    await saver.retry(CID);
    expect(saver.entry(CID).phase).toBe('idle');
    expect(journal.items.has(CID)).toBe(false);
  });

  describe('recovery after a crash (the journal on disk may lag behind)', () => {
    const round = (answers: Record<string, Answer>) =>
      ({ id: 'a1', answers }) as unknown as Assessment;
    const saved = (note: string, at: string): Answer => ({
      ...emptyAnswer(at),
      naReason: note,
      updatedAt: at,
    });
    const T1 = '2026-01-01T00:00:01.000Z';
    const T2 = '2026-01-01T00:00:02.000Z';

    it('replays a draft based on the stored version and marks it as recovered', async () => {
      const store = fakeStore();
      store.commit(CID, saved('Het begin', ''), null);
      const stored = store.answers[CID]!;
      const journal = memoryJournal();
      journal.put('a1', CID, { ...stored, naReason: 'Het begin en meer' }, stored.updatedAt, null);
      const saver = new AnswerSaver('a1', { save: store.save, load: store.load, journal });
      saver.recover(round({ [CID]: stored }));
      expect(saver.entry(CID)).toMatchObject({ recovered: true, recoveredFrom: stored });
      store.calls[0]!.resolve();
      await flushPromises();
      expect(store.answers[CID]?.naReason).toBe('Het begin en meer');
      // The notice stays after the save, with the version it replaced.
      expect(saver.entry(CID)).toMatchObject({ phase: 'idle', recovered: true });
      expect(saver.entry(CID).recoveredFrom?.naReason).toBe('Het begin');
      saver.dismissRecovery(CID);
      expect(saver.entry(CID).recovered).toBe(false);
    });

    it('never replays a draft based on an older version: saved text is not replaced', () => {
      const store = fakeStore();
      const journal = memoryJournal();
      // On disk: a draft based on T1 (its removal after saving never reached the disk).
      journal.put('a1', CID, saved('Het be', T1), T1, null);
      const saver = new AnswerSaver('a1', { save: store.save, load: store.load, journal });
      saver.recover(round({ [CID]: saved('Het begin en meer', T2) }));
      expect(store.calls).toHaveLength(0);
      expect(saver.entry(CID)).toMatchObject({ draft: null, phase: 'idle', recovered: false });
      expect(journal.items.size).toBe(0);
    });

    it('brings back an unsettled conflict only while the other version is still stored', () => {
      const store = fakeStore();
      const journal = memoryJournal();
      journal.put('a1', CID, saved('mijn versie', T1), T1, { theirs: T2 });
      const saver = new AnswerSaver('a1', { save: store.save, load: store.load, journal });
      saver.recover(round({ [CID]: saved('hun versie', T2) }));
      expect(saver.entry(CID)).toMatchObject({ phase: 'conflict', recovered: true });
      expect(store.calls).toHaveLength(0);

      const later = memoryJournal();
      later.put('a1', CID, saved('mijn versie', T1), T1, { theirs: T1 });
      const other = new AnswerSaver('a1', { save: store.save, load: store.load, journal: later });
      other.recover(round({ [CID]: saved('hun versie', T2) }));
      expect(other.entry(CID).phase).toBe('idle');
      expect(later.items.size).toBe(0);
    });
  });

  it('saves continuous typing at least every maxWaitMs', () => {
    vi.useFakeTimers();
    try {
      const store = fakeStore();
      const saver = new AnswerSaver('a1', {
        save: store.save,
        load: store.load,
        debounceMs: 150,
        maxWaitMs: 200,
      });
      for (let i = 0; i < 10; i++) {
        saver.edit(CID, undefined, (a) => ({ ...a, naReason: `${a.naReason}x` }), 'debounced');
        vi.advanceTimersByTime(50);
      }
      // 500 ms of typing without a pause of 150 ms: saved at 200 and 400 ms, not only at the end.
      expect(store.calls.length).toBeGreaterThanOrEqual(1);
      expect(store.calls[0]!.answer.naReason.length).toBeLessThan(10);
    } finally {
      vi.useRealTimers();
    }
  });
});
