import { create } from 'zustand';
import { createDatasetSlice, type DatasetSlice } from './datasetSlice';
import { createJobSlice, type JobSlice } from './jobSlice';
import { createReviewSlice, type ReviewSlice } from './reviewSlice';

/** The whole page state. Nothing is persisted: a reload starts empty. */
export type SwapsetState = DatasetSlice & ReviewSlice & JobSlice;

/** The page's single store. Components select single fields from it. */
export const useSwapsetStore = create<SwapsetState>()((...args) => ({
  ...createDatasetSlice(...args),
  ...createReviewSlice(...args),
  ...createJobSlice(...args),
}));
