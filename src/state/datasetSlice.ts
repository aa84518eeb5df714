import type { StateCreator } from 'zustand';
import { sortExamples } from '../core/dataset';
import type { ExampleSource, InputProblem, ReviewExample, SkippedFunction } from '../core/types';
import { filterSkipped, skipKey } from './skippedSlice';
import type { SwapsetState } from './store';

/** The examples, skipped functions and problems of the current job. */
export interface DatasetSlice {
  /** Kept sorted by archive, path and line, the order of the JSONL file. */
  examples: ReviewExample[];
  /** Top-level functions that did not become examples, sorted like `examples`. */
  skipped: SkippedFunction[];
  problems: InputProblem[];
  addBatch(examples: ReviewExample[], skipped: SkippedFunction[], problems: InputProblem[]): void;
}

export const createDatasetSlice: StateCreator<SwapsetState, [], [], DatasetSlice> = (set) => ({
  examples: [],
  skipped: [],
  problems: [],
  addBatch: (examples, skipped, problems) =>
    set((state) => {
      const merged = examples.length > 0 ? sortExamples([...state.examples, ...examples]) : state.examples;
      const mergedSkipped = skipped.length > 0 ? sortSkipped([...state.skipped, ...skipped]) : state.skipped;
      const firstSkipped = filterSkipped(mergedSkipped, state.skipFilter)[0];
      return {
        examples: merged,
        skipped: mergedSkipped,
        problems: problems.length > 0 ? [...state.problems, ...problems] : state.problems,
        selectedId: state.selectedId ?? merged[0]?.id ?? null,
        selectedSkipKey: state.selectedSkipKey ?? (firstSkipped ? skipKey(firstSkipped) : null),
      };
    }),
});

// The same order as sortExamples: archive, path, line, comparing code units
// rather than with localeCompare, so every locale lists them alike.
function sortSkipped(skipped: SkippedFunction[]): SkippedFunction[] {
  return skipped.sort((a, b) => compareSources(a.source, b.source));
}

function compareSources(a: ExampleSource, b: ExampleSource): number {
  return compareText(a.archive, b.archive) || compareText(a.path, b.path) || a.line - b.line;
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
