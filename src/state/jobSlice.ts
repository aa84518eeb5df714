import type { StateCreator } from 'zustand';
import type { SwapsetState } from './store';

/**
 * Stage of the current job. `reading` covers loading the dropped files and
 * unpacking archives, and `parsing` the per-file work that progress counts.
 */
export type JobStatus = 'idle' | 'reading' | 'parsing' | 'done' | 'failed';

/** The state of the current parse job. */
export interface JobSlice {
  status: JobStatus;
  /** Names of the inputs of the current job, in drop order. */
  inputNames: string[];
  /** Files parsed so far and Python files found in all inputs. */
  progress: { done: number; total: number };
  /** Top-level functions seen, known once the job is done. */
  functions: number;
  /** Reason the job failed, as shown to the user. */
  error: string | null;
  /** Clear the previous job's results and start reporting a new one. */
  startJob(inputNames: string[]): void;
  setProgress(done: number, total: number): void;
  finishJob(files: number, functions: number): void;
  failJob(message: string): void;
}

export const createJobSlice: StateCreator<SwapsetState, [], [], JobSlice> = (set) => ({
  status: 'idle',
  inputNames: [],
  progress: { done: 0, total: 0 },
  functions: 0,
  error: null,
  startJob: (inputNames) =>
    set({
      status: 'reading',
      inputNames,
      progress: { done: 0, total: 0 },
      functions: 0,
      error: null,
      examples: [],
      skipped: [],
      problems: [],
      selectedId: null,
      rejected: {},
      skipFilter: null,
      selectedSkipKey: null,
    }),
  setProgress: (done, total) => set({ status: 'parsing', progress: { done, total } }),
  finishJob: (files, functions) => set({ status: 'done', progress: { done: files, total: files }, functions }),
  failJob: (message) => set({ status: 'failed', error: message }),
});
