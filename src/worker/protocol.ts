import type { BuildOptions, InputProblem, ReviewExample, SkippedFunction } from '../core/types';

// Every message between the page and the parse worker is plain data that
// survives structured cloning, so nothing from tree-sitter or WASM memory
// leaves the worker.

/** One dropped file: its name and raw contents, transferred to the worker. */
export interface ParseInput {
  name: string;
  bytes: ArrayBuffer;
}

/** An error as plain data, since Error objects lose their class across the boundary. */
export interface WorkerError {
  name: string;
  message: string;
}

/** Request from the page: build examples from these inputs. */
export interface ParseRequest {
  type: 'parse';
  /** Increases with every request; the worker and the page drop work for older ids. */
  id: number;
  inputs: ParseInput[];
  options: BuildOptions;
}

/** Files parsed so far, sent after the inputs are unpacked and after each file. */
export interface ProgressMessage {
  type: 'progress';
  id: number;
  done: number;
  total: number;
}

/** Examples, skipped functions and problems found since the previous batch. */
export interface BatchMessage {
  type: 'batch';
  id: number;
  examples: ReviewExample[];
  skipped: SkippedFunction[];
  problems: InputProblem[];
}

/** Totals of a finished job, over all of its files. */
export interface JobTotals {
  /** Python files read from the inputs. */
  files: number;
  /** Top-level functions seen. */
  functions: number;
  /** Examples sent in the job's batches. */
  examples: number;
  /** Skipped functions sent in the job's batches. */
  skipped: number;
}

/** The job finished; every batch of it was posted before this message. */
export interface DoneMessage {
  type: 'done';
  id: number;
  totals: JobTotals;
}

/** The job failed as a whole, for example because the grammar did not load. */
export interface FailedMessage {
  type: 'failed';
  id: number;
  error: WorkerError;
}

/** Request from the page: stop every job older than `id` and send nothing more for it. */
export interface CancelRequest {
  type: 'cancel';
  id: number;
}

export type WorkerRequest = ParseRequest | CancelRequest;
export type WorkerResponse = ProgressMessage | BatchMessage | DoneMessage | FailedMessage;

/** Convert anything thrown into plain data that can be posted. */
export function toWorkerError(error: unknown): WorkerError {
  if (error instanceof Error) {
    return { name: error.name, message: error.message };
  }
  return { name: 'Error', message: String(error) };
}
