import type { StateCreator } from 'zustand';
import type { SwapsetState } from './store';

/** `swapped` shows prompt + swapped body; `side-by-side` adds the original body next to it. */
export type ViewMode = 'swapped' | 'side-by-side';

/** The list the sidebar shows: the examples, or the functions that were skipped. */
export type ListName = 'examples' | 'skipped';

/** Selection, rejections, view mode and shown list of the review. */
export interface ReviewSlice {
  /** Id of the selected example; an id rather than an index, because batches insert in sorted order. */
  selectedId: string | null;
  /** Ids of rejected examples, left out of the download. */
  rejected: Record<string, true>;
  viewMode: ViewMode;
  activeList: ListName;
  select(id: string): void;
  /** Move the selection by `offset` places in the list, stopping at either end. */
  moveSelection(offset: number): void;
  toggleRejected(id: string): void;
  setViewMode(mode: ViewMode): void;
  setActiveList(list: ListName): void;
}

export const createReviewSlice: StateCreator<SwapsetState, [], [], ReviewSlice> = (set) => ({
  selectedId: null,
  rejected: {},
  viewMode: 'swapped',
  activeList: 'examples',
  select: (id) => set({ selectedId: id }),
  moveSelection: (offset) =>
    set((state) => {
      const { examples, selectedId } = state;
      if (examples.length === 0) return {};
      const current = examples.findIndex((example) => example.id === selectedId);
      const target = current === -1 ? 0 : Math.min(Math.max(current + offset, 0), examples.length - 1);
      return { selectedId: examples[target].id };
    }),
  toggleRejected: (id) =>
    set((state) => {
      const rejected = { ...state.rejected };
      if (rejected[id]) {
        delete rejected[id];
      } else {
        rejected[id] = true;
      }
      return { rejected };
    }),
  setViewMode: (mode) => set({ viewMode: mode }),
  setActiveList: (list) => set({ activeList: list }),
});
