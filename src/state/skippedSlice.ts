import type { StateCreator } from 'zustand';
import type { SkippedFunction, SkipReason } from '../core/types';
import type { SwapsetState } from './store';

/** Filter and selection of the list of skipped functions. */
export interface SkippedSlice {
  /** Reason the list is filtered by, or null to list every skipped function. */
  skipFilter: SkipReason | null;
  /** `skipKey` of the selected skipped function. */
  selectedSkipKey: string | null;
  /** List only the functions skipped for `reason` (all for null); select the first of them if the selection is hidden. */
  setSkipFilter(reason: SkipReason | null): void;
  selectSkipped(key: string): void;
  /** Move the selection by `offset` places in the filtered list, stopping at either end. */
  moveSkippedSelection(offset: number): void;
}

/**
 * Identify a skipped function by archive, path and line. Two top-level
 * functions cannot start on the same line, so the key is unique within one
 * input. Only two inputs dropped under the same name can share keys.
 */
export function skipKey(skip: SkippedFunction): string {
  return `${skip.source.archive}\u0000${skip.source.path}\u0000${skip.source.line}`;
}

/** Return the skipped functions that the list shows for `filter`, in list order. */
export function filterSkipped(skipped: SkippedFunction[], filter: SkipReason | null): SkippedFunction[] {
  return filter === null ? skipped : skipped.filter((skip) => skip.reason === filter);
}

export const createSkippedSlice: StateCreator<SwapsetState, [], [], SkippedSlice> = (set) => ({
  skipFilter: null,
  selectedSkipKey: null,
  setSkipFilter: (reason) =>
    set((state) => {
      const visible = filterSkipped(state.skipped, reason);
      if (visible.some((skip) => skipKey(skip) === state.selectedSkipKey)) return { skipFilter: reason };
      const first = visible[0];
      return { skipFilter: reason, selectedSkipKey: first === undefined ? null : skipKey(first) };
    }),
  selectSkipped: (key) => set({ selectedSkipKey: key }),
  moveSkippedSelection: (offset) =>
    set((state) => {
      const visible = filterSkipped(state.skipped, state.skipFilter);
      if (visible.length === 0) return {};
      const current = visible.findIndex((skip) => skipKey(skip) === state.selectedSkipKey);
      const target = current === -1 ? 0 : Math.min(Math.max(current + offset, 0), visible.length - 1);
      return { selectedSkipKey: skipKey(visible[target]) };
    }),
});
