import type { ArchiveInfo, BuildCounts } from '../core/manifest';
import type { ReviewDecision } from '../core/review';
import type { SelectionSettings } from '../core/select';
import type { BuildOptions, FileResult, InputProblem, ReviewExample, SkippedFunction, SourceFile } from '../core/types';

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

/** Request from the page: build examples from these inputs. The worker keeps the inputs for `reparse`. */
export interface ParseRequest {
  type: 'parse';
  /** Increases with every request; the worker and the page drop work for older parse ids. */
  id: number;
  inputs: ParseInput[];
  options: BuildOptions;
}

/** Request from the page: build examples again from the inputs of the last parse, with other options. */
export interface ReparseRequest {
  type: 'reparse';
  id: number;
  options: BuildOptions;
}

/** Request from the page: select the dataset's examples from the finished parse `jobId`. */
export interface SelectRequest {
  type: 'select';
  id: number;
  jobId: number;
  selection: SelectionSettings;
}

/** The files the page can download: the export zip, or the dataset alone as the CLI writes it. */
export type ExportFormat = 'zip' | 'jsonl' | 'csv';

/** Request from the page: write the dataset of the finished parse `jobId` with these review decisions. */
export interface ExportRequest {
  type: 'export';
  id: number;
  jobId: number;
  format: ExportFormat;
  selection: SelectionSettings;
  acceptedOnly: boolean;
  decisions: Record<string, ReviewDecision>;
}

/** Request from the page: stop every parse older than `id` and send nothing more for it. */
export interface CancelRequest {
  type: 'cancel';
  id: number;
}

/** The first request to a new worker: how many parse helpers to start beside it. */
export interface StartRequest {
  type: 'start';
  id: 0;
  helpers: number;
}

/** Files parsed so far, sent after the inputs are unpacked and after each batch of files. */
export interface ProgressMessage {
  type: 'progress';
  id: number;
  done: number;
  total: number;
}

/**
 * Examples, skipped functions and problems found since the previous batch.
 * Batches arrive in the examples' order (archive, path, line), because the
 * worker reads the inputs sorted by name and each input's files by path.
 */
export interface BatchMessage {
  type: 'batch';
  id: number;
  examples: ReviewExample[];
  skipped: SkippedFunction[];
  problems: InputProblem[];
}

/** Totals of a finished parse, over all of its files. */
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

/** The parse finished; every batch of it was posted before this message. */
export interface DoneMessage {
  type: 'done';
  id: number;
  totals: JobTotals;
  /** Each input that was read, sorted by name, with its SHA-256 as the export's manifest records it. */
  archives: ArchiveInfo[];
}

/** A request failed as a whole, for example because the grammar did not load. */
export interface FailedMessage {
  type: 'failed';
  id: number;
  error: WorkerError;
}

/** Response to a SelectRequest: the ids of the dataset's examples in dataset order, and the build's counts. */
export interface SelectedMessage {
  type: 'selected';
  id: number;
  ids: string[];
  counts: BuildCounts;
}

/** Response to an ExportRequest: the file's bytes, transferred. */
export interface ExportedMessage {
  type: 'exported';
  id: number;
  bytes: ArrayBuffer;
}

export type WorkerRequest = ParseRequest | ReparseRequest | SelectRequest | ExportRequest | CancelRequest | StartRequest;
/** Sent once when the worker has loaded the parser and started its helpers. */
export interface ReadyMessage {
  type: 'ready';
  id: 0;
}

export type WorkerResponse = ProgressMessage | BatchMessage | DoneMessage | FailedMessage | SelectedMessage | ExportedMessage | ReadyMessage;

/** Convert anything thrown into plain data that can be posted. */
export function toWorkerError(error: unknown): WorkerError {
  if (error instanceof Error) {
    return { name: error.name, message: error.message };
  }
  return { name: 'Error', message: String(error) };
}

/** A file sent from the parse worker to a helper worker. */
export interface ExtractRequest {
  index: number;
  file: SourceFile;
  options: BuildOptions;
}

/** A helper's reply: the file's result, or the error that stopped it. */
export type ExtractResponse = { index: number; result: FileResult } | { index: number; error: WorkerError };
