import type { StateCreator } from 'zustand';
import type { SwapsetState } from './store';

/**
 * Stage of the current job. `reading` covers loading the dropped files,
 * hashing them and finding their saved session, `parsing` the per-file work
 * that progress counts and the selection after it.
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
  /** The worker's id of the finished parse, which selection and export requests name. */
  jobId: number | null;
  /** Clear the previous job's results and review, and start reporting a new one. */
  startJob(inputNames: string[]): void;
  /** Clear the examples for a parse of the same inputs with other options; the review stays. */
  startReparse(): void;
  setProgress(done: number, total: number): void;
  /** Record a finished parse; the job is done once its dataset is selected. */
  finishParse(jobId: number, files: number, functions: number): void;
  finishJob(): void;
  failJob(message: string): void;
}

const EMPTY_RESULTS = {
  progress: { done: 0, total: 0 },
  functions: 0,
  error: null,
  jobId: null,
  examples: [],
  skipped: [],
  problems: [],
  archives: [],
  dataset: null,
  selectedSkipKey: null,
};

export const createJobSlice: StateCreator<SwapsetState, [], [], JobSlice> = (set) => ({
  status: 'idle',
  inputNames: [],
  progress: { done: 0, total: 0 },
  functions: 0,
  error: null,
  jobId: null,
  startJob: (inputNames) =>
    set({
      ...EMPTY_RESULTS,
      status: 'reading',
      inputNames,
      selectedId: null,
      entries: {},
      history: [],
      skipFilter: null,
      archiveFilter: null,
      pairFilter: null,
      session: null,
    }),
  startReparse: () => set({ ...EMPTY_RESULTS, status: 'parsing', pairFilter: null }),
  setProgress: (done, total) => set({ status: 'parsing', progress: { done, total } }),
  finishParse: (jobId, files, functions) => set({ jobId, progress: { done: files, total: files }, functions }),
  finishJob: () => set({ status: 'done' }),
  failJob: (message) => set({ status: 'failed', error: message }),
});
