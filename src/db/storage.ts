import { db } from './database';

/**
 * Persistent storage: without it the browser may evict this origin's IndexedDB under storage
 * pressure, and all assessments live only here.
 */

export interface StorageState {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

function storageManager(): StorageManager | undefined {
  try {
    return typeof navigator === 'undefined' ? undefined : navigator.storage;
  } catch {
    return undefined;
  }
}

/**
 * Asks the browser to keep this origin's data (navigator.storage.persist()) and remembers the
 * request and the answer in meta. Returns whether storage is persisted; false when the API is
 * missing or refuses. Never throws.
 */
export async function requestPersistence(): Promise<boolean> {
  const storage = storageManager();
  if (!storage || typeof storage.persist !== 'function') return false;
  let granted = false;
  try {
    granted =
      typeof storage.persisted === 'function' && (await storage.persisted())
        ? true
        : await storage.persist();
  } catch {
    granted = false;
  }
  try {
    await db.transaction('rw', db.meta, async () => {
      await db.meta.put({ key: 'persistRequested', value: new Date().toISOString() });
      await db.meta.put({ key: 'persistGranted', value: granted });
    });
  } catch {
    // Remembering the answer is a convenience; the answer itself stands.
  }
  return granted;
}

let requestedThisSession = false;

/**
 * Called after every successful write (src/db/write.ts): the first save is the moment data worth keeping exists.
 * Asks at most once per session, and never again once an earlier session asked (some browsers
 * show a prompt; the Settings page offers a button to ask again).
 */
export async function ensurePersistenceRequested(): Promise<void> {
  if (requestedThisSession) return;
  requestedThisSession = true;
  const storage = storageManager();
  if (!storage || typeof storage.persist !== 'function') return;
  try {
    const asked = await db.meta.get('persistRequested');
    if (asked) return;
  } catch {
    return;
  }
  await requestPersistence();
}

/** For tests: forget that this session already asked. */
export function resetPersistenceRequestForTests(): void {
  requestedThisSession = false;
}

/** Whether storage is persistent and how much is used; null where the browser does not say. */
export async function getStorageState(): Promise<StorageState> {
  const storage = storageManager();
  const state: StorageState = { persisted: null, usage: null, quota: null };
  if (!storage) return state;
  try {
    if (typeof storage.persisted === 'function') state.persisted = await storage.persisted();
  } catch {
    state.persisted = null;
  }
  try {
    if (typeof storage.estimate === 'function') {
      const estimate = await storage.estimate();
      state.usage = typeof estimate.usage === 'number' ? estimate.usage : null;
      state.quota = typeof estimate.quota === 'number' ? estimate.quota : null;
    }
  } catch {
    state.usage = null;
    state.quota = null;
  }
  return state;
}
