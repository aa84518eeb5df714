import type { StateCreator } from 'zustand';
import { compareSources } from '../core/dataset';
import type { ArchiveInfo, BuildCounts } from '../core/manifest';
import type { InputProblem, ReviewExample, SkippedFunction } from '../core/types';
import { filterSkipped, skipKey } from './skippedSlice';
import type { SwapsetState } from './store';

/** The examples of the dataset after selection, and the build's counts. */
export interface Dataset {
  /** Sorted by archive, path and line, the order of every download. */
  examples: ReviewExample[];
  counts: BuildCounts;
}

/** The examples, skipped functions and problems of the current parse, and the dataset selected from them. */
export interface DatasetSlice {
  /** Every extracted example, sorted by archive, path and line. */
  examples: ReviewExample[];
  /** Top-level functions that did not become examples, sorted like `examples`. */
  skipped: SkippedFunction[];
  problems: InputProblem[];
  /** Each input read, sorted by name, known once the parse is done. */
  archives: ArchiveInfo[];
  /** The selected examples (de-duplicated and capped), or null until the worker has selected them. */
  dataset: Dataset | null;
  addBatch(examples: ReviewExample[], skipped: SkippedFunction[], problems: InputProblem[]): void;
  setDataset(dataset: Dataset): void;
}

export const createDatasetSlice: StateCreator<SwapsetState, [], [], DatasetSlice> = (set) => ({
  examples: [],
  skipped: [],
  problems: [],
  archives: [],
  dataset: null,
  addBatch: (examples, skipped, problems) =>
    set((state) => {
      const merged = appendSorted(state.examples, examples);
      const mergedSkipped = appendSorted(state.skipped, skipped);
      const firstSkipped = filterSkipped(mergedSkipped, state.skipFilter)[0];
      return {
        examples: merged,
        skipped: mergedSkipped,
        problems: problems.length > 0 ? state.problems.concat(problems) : state.problems,
        selectedId: state.selectedId ?? merged[0]?.id ?? null,
        selectedSkipKey: state.selectedSkipKey ?? (firstSkipped ? skipKey(firstSkipped) : null),
      };
    }),
  setDataset: (dataset) =>
    set((state) => {
      const selectedId = dataset.examples.some((example) => example.id === state.selectedId)
        ? state.selectedId
        : (dataset.examples[0]?.id ?? null);
      return { dataset, selectedId };
    }),
});

// The worker sends batches in order, so appending is enough; sorting is the
// fallback should a batch ever come out of order.
function appendSorted<T extends { source: ReviewExample['source'] }>(current: T[], added: T[]): T[] {
  if (added.length === 0) return current;
  const merged = current.concat(added);
  const last = current[current.length - 1];
  if (last === undefined || compareSources(last.source, added[0].source) <= 0) {
    let ordered = true;
    for (let i = 1; i < added.length && ordered; i++) ordered = compareSources(added[i - 1].source, added[i].source) <= 0;
    if (ordered) return merged;
  }
  return merged.sort((a, b) => compareSources(a.source, b.source));
}
