import type { StateCreator } from 'zustand';
import { sortExamples } from '../core/dataset';
import type { InputProblem, ReviewExample } from '../core/types';
import type { SwapsetState } from './store';

/** The examples and problems of the current job. */
export interface DatasetSlice {
  /** Kept sorted by archive, path and line, the order of the JSONL file. */
  examples: ReviewExample[];
  problems: InputProblem[];
  addBatch(examples: ReviewExample[], problems: InputProblem[]): void;
}

export const createDatasetSlice: StateCreator<SwapsetState, [], [], DatasetSlice> = (set) => ({
  examples: [],
  problems: [],
  addBatch: (examples, problems) =>
    set((state) => {
      const merged = examples.length > 0 ? sortExamples([...state.examples, ...examples]) : state.examples;
      return {
        examples: merged,
        problems: problems.length > 0 ? [...state.problems, ...problems] : state.problems,
        selectedId: state.selectedId ?? merged[0]?.id ?? null,
      };
    }),
});
