import { countSkipReasons } from '../core/dataset';
import { DEFAULT_SELECTION, selectExamples, type Selection } from '../core/select';
import { DEFAULT_OPTIONS, type Example, type ReviewExample, type SkippedFunction, type SkipReason } from '../core/types';
import { filterSkipped, skipKey } from './skippedSlice';
import type { SwapsetState } from './store';

// Derived values, computed from store fields so that no copy can drift.
// Selectors that build a new array keep the last result: zustand compares
// selector results by identity and would otherwise re-render on every call.

/** Return the selected example, or undefined when nothing is selected. */
export function selectSelectedExample(state: SwapsetState): ReviewExample | undefined {
  if (state.selectedId === null) return undefined;
  return state.examples.find((example) => example.id === state.selectedId);
}

export function selectRejectedCount(state: SwapsetState): number {
  return state.examples.filter((example) => state.rejected[example.id]).length;
}

/** Distinct files (or whole inputs) that have at least one problem. */
export function selectProblemFileCount(state: SwapsetState): number {
  const keys = new Set(state.problems.map((problem) => `${problem.archive}\u0000${problem.path ?? ''}`));
  return keys.size;
}

/** Return every example that is not rejected, in list order. */
export function keptExamples(state: Pick<SwapsetState, 'examples' | 'rejected'>): Example[] {
  return state.examples.filter((example) => !state.rejected[example.id]);
}

let downloadCache: { examples: ReviewExample[]; rejected: Record<string, true>; selection: Selection<Example> } | null = null;

/**
 * Select what the downloads contain: the examples that are not rejected,
 * passed through the CLI's default selection, which keeps a function that
 * appears in several files or archives only once. Returns null until the job
 * is done, because a partial selection would not match the CLI's.
 */
export function selectDownload(state: SwapsetState): Selection<Example> | null {
  if (state.status !== 'done') return null;
  const { examples, rejected } = state;
  if (downloadCache?.examples !== examples || downloadCache.rejected !== rejected) {
    const kept = keptExamples(state);
    downloadCache = { examples, rejected, selection: selectExamples(kept, DEFAULT_SELECTION, DEFAULT_OPTIONS.seed) };
  }
  return downloadCache.selection;
}

let reasonCountsCache: { skipped: SkippedFunction[]; counts: Array<[SkipReason, number]> } | null = null;

/** Count the skipped functions per reason, most frequent first. */
export function selectSkipReasonCounts(state: SwapsetState): Array<[SkipReason, number]> {
  if (reasonCountsCache?.skipped !== state.skipped) {
    reasonCountsCache = { skipped: state.skipped, counts: countSkipReasons(state.skipped) };
  }
  return reasonCountsCache.counts;
}

let visibleSkippedCache: { skipped: SkippedFunction[]; filter: SkipReason | null; visible: SkippedFunction[] } | null = null;

/** Return the skipped functions that pass the reason filter, in list order. */
export function selectVisibleSkipped(state: SwapsetState): SkippedFunction[] {
  const { skipped, skipFilter } = state;
  if (visibleSkippedCache?.skipped !== skipped || visibleSkippedCache.filter !== skipFilter) {
    visibleSkippedCache = { skipped, filter: skipFilter, visible: filterSkipped(skipped, skipFilter) };
  }
  return visibleSkippedCache.visible;
}

/** Return the selected skipped function, or undefined when nothing is selected. */
export function selectSelectedSkipped(state: SwapsetState): SkippedFunction | undefined {
  if (state.selectedSkipKey === null) return undefined;
  return state.skipped.find((skip) => skipKey(skip) === state.selectedSkipKey);
}
