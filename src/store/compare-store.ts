import { create } from 'zustand';
import type { SetFilter } from '../domain/compare';

/**
 * UI state of the comparison views (issue 12): the chosen set, the anonymise switch, the
 * facility marked in the distributions and the ones side by side. Kept while the evaluator moves
 * between views; never a copy of database rows.
 */
export interface CompareState {
  /** null: the default set of the version with the most rounds. */
  filter: SetFilter | null;
  anonymise: boolean;
  marked: string | null;
  chosen: readonly string[];
  setFilter: (filter: SetFilter | null) => void;
  setAnonymise: (on: boolean) => void;
  setMarked: (facilityId: string | null) => void;
  setChosen: (facilityIds: readonly string[]) => void;
}

export const useCompareStore = create<CompareState>((set) => ({
  filter: null,
  anonymise: false,
  marked: null,
  chosen: [],
  setFilter: (filter) => set({ filter }),
  setAnonymise: (anonymise) => set({ anonymise }),
  setMarked: (marked) => set({ marked }),
  setChosen: (chosen) => set({ chosen }),
}));
