import type { Example, ReviewExample } from '../core/types';
import type { SwapsetState } from './store';

// Derived values, computed from store fields so that no copy can drift.

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

/** Return every example that is not rejected, in list order. The download contains exactly these. */
export function keptExamples(state: Pick<SwapsetState, 'examples' | 'rejected'>): Example[] {
  return state.examples.filter((example) => !state.rejected[example.id]);
}
