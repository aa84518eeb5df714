import { create } from 'zustand';
import { createDatasetSlice, type DatasetSlice } from './datasetSlice';
import { createJobSlice, type JobSlice } from './jobSlice';
import { createReviewSlice, type ReviewSlice } from './reviewSlice';
import { createSkippedSlice, type SkippedSlice } from './skippedSlice';

/** The whole page state. Nothing is persisted: a reload starts empty. */
export type SwapsetState = DatasetSlice & ReviewSlice & SkippedSlice & JobSlice;

/** The page's single store. Components select single fields from it. */
export const useSwapsetStore = create<SwapsetState>()((...args) => ({
  ...createDatasetSlice(...args),
  ...createReviewSlice(...args),
  ...createSkippedSlice(...args),
  ...createJobSlice(...args),
}));
