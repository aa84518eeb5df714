import type { StateCreator } from 'zustand';
import type { ReviewStatus } from '../core/review';
import { selectVisibleExamples } from './selectors';
import type { SwapsetState } from './store';

/** Filters of the example list. */
export interface FilterSlice {
  /** Status the list is filtered by, or null for every status. */
  statusFilter: ReviewStatus | null;
  /** Archive name the list is filtered by, or null for every archive. */
  archiveFilter: string | null;
  /** `pairKey` of the pair the list is filtered by, or null for every pair. */
  pairFilter: string | null;
  /** Text searched for in function names and paths, ignoring case. */
  search: string;
  setStatusFilter(status: ReviewStatus | null): void;
  setArchiveFilter(archive: string | null): void;
  setPairFilter(pair: string | null): void;
  setSearch(text: string): void;
}

export const createFilterSlice: StateCreator<SwapsetState, [], [], FilterSlice> = (set, get) => {
  // When the selected example leaves the list, select the first one left.
  const filterBy = (change: Partial<FilterSlice>) => {
    set(change);
    const state = get();
    const visible = selectVisibleExamples(state);
    if (visible.length > 0 && !visible.some((example) => example.id === state.selectedId)) set({ selectedId: visible[0].id });
  };
  return {
    statusFilter: null,
    archiveFilter: null,
    pairFilter: null,
    search: '',
    setStatusFilter: (statusFilter) => filterBy({ statusFilter }),
    setArchiveFilter: (archiveFilter) => filterBy({ archiveFilter }),
    setPairFilter: (pairFilter) => filterBy({ pairFilter }),
    setSearch: (search) => filterBy({ search }),
  };
};
