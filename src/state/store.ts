import { create } from 'zustand';
import { createDatasetSlice, type DatasetSlice } from './datasetSlice';
import { createDialogSlice, type DialogSlice } from './dialogSlice';
import { createFilterSlice, type FilterSlice } from './filterSlice';
import { createJobSlice, type JobSlice } from './jobSlice';
import { createReviewSlice, type ReviewSlice } from './reviewSlice';
import { createSessionSlice, type SessionSlice } from './sessionSlice';
import { createSettingsSlice, type SettingsSlice } from './settingsSlice';
import { createSkippedSlice, type SkippedSlice } from './skippedSlice';

/**
 * The whole page state. Review entries and settings are saved to IndexedDB
 * as they change (src/persist); parse output is never saved.
 */
export type SwapsetState = DatasetSlice &
  ReviewSlice &
  FilterSlice &
  SkippedSlice &
  JobSlice &
  SettingsSlice &
  SessionSlice &
  DialogSlice;

/** The page's single store. Components select single fields from it. */
export const useSwapsetStore = create<SwapsetState>()((...args) => ({
  ...createDatasetSlice(...args),
  ...createReviewSlice(...args),
  ...createFilterSlice(...args),
  ...createSkippedSlice(...args),
  ...createJobSlice(...args),
  ...createSettingsSlice(...args),
  ...createSessionSlice(...args),
  ...createDialogSlice(...args),
}));
