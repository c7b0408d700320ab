import { create } from 'zustand';

/** UI and session state only; database rows live in IndexedDB and are read with live queries. */
export interface UiState {
  /** Set when a new service worker waits; calling it activates the new version and reloads. */
  pendingUpdate: (() => Promise<void>) | null;
  offlineReady: boolean;
  setPendingUpdate: (apply: (() => Promise<void>) | null) => void;
  setOfflineReady: (ready: boolean) => void;
}

export const useUiStore = create<UiState>((set) => ({
  pendingUpdate: null,
  offlineReady: false,
  setPendingUpdate: (apply) => set({ pendingUpdate: apply }),
  setOfflineReady: (ready) => set({ offlineReady: ready }),
}));
