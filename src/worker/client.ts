import type { BuildCounts } from '../core/manifest';
import type { ReviewDecision } from '../core/review';
import type { SelectionSettings } from '../core/select';
import type { BuildOptions, InputProblem, ReviewExample, SkippedFunction } from '../core/types';
import ParseWorker from './parse.worker.ts?worker';
import type {
  DoneMessage,
  ExportFormat,
  ParseInput,
  WorkerError,
  WorkerRequest,
  WorkerResponse,
} from './protocol';

/** Receives a parse's results while the worker streams them. */
export interface ParseCallbacks {
  onProgress(done: number, total: number): void;
  onBatch(examples: ReviewExample[], skipped: SkippedFunction[], problems: InputProblem[]): void;
}

/** Outcome of a parse: finished (its id names it in later requests), or superseded by a newer one. */
export type ParseOutcome =
  | { status: 'done'; jobId: number; totals: DoneMessage['totals']; archives: DoneMessage['archives'] }
  | { status: 'superseded' };

/** An error reported by the worker, kept as the plain data it arrived as. */
export class WorkerRequestError extends Error {
  constructor(error: WorkerError) {
    super(error.message);
    this.name = error.name;
  }
}

interface ParseJob {
  id: number;
  callbacks: ParseCallbacks;
  resolve(outcome: ParseOutcome): void;
  reject(error: WorkerRequestError): void;
}

interface PendingRequest {
  resolve(message: WorkerResponse): void;
  reject(error: WorkerRequestError): void;
}

/**
 * Runs parse, selection and export requests in one worker, which is created
 * on first use. Only the newest parse reports results.
 */
export class WorkerClient {
  private worker: Worker | null = null;
  private lastId = 0;
  private readyListeners: Array<() => void> = [];
  private ready = false;
  private job: ParseJob | null = null;
  private pending = new Map<number, PendingRequest>();

  /**
   * Parse `inputs` in the worker. Their buffers are transferred, so the caller
   * must not use them afterwards. Starting a new parse resolves the previous
   * one's promise with `superseded` and drops its late messages.
   */
  parse(inputs: ParseInput[], options: BuildOptions, callbacks: ParseCallbacks): Promise<ParseOutcome> {
    const id = ++this.lastId;
    return this.startJob(id, callbacks, { type: 'parse', id, inputs, options }, inputs.map((input) => input.bytes));
  }

  /** Parse the inputs of the last `parse` again with other options. */
  reparse(options: BuildOptions, callbacks: ParseCallbacks): Promise<ParseOutcome> {
    const id = ++this.lastId;
    return this.startJob(id, callbacks, { type: 'reparse', id, options }, []);
  }

  /** Select the dataset's examples of the finished parse `jobId`; returns their ids in dataset order and the counts. */
  async select(jobId: number, selection: SelectionSettings): Promise<{ ids: string[]; counts: BuildCounts }> {
    const id = ++this.lastId;
    const message = await this.request({ type: 'select', id, jobId, selection });
    if (message.type !== 'selected') throw new WorkerRequestError({ name: 'ProtocolError', message: `Expected a selection, got ${message.type}.` });
    return { ids: message.ids, counts: message.counts };
  }

  /** Write a download of the finished parse `jobId` in the worker and return its bytes. */
  async exportDataset(
    jobId: number,
    format: ExportFormat,
    selection: SelectionSettings,
    acceptedOnly: boolean,
    decisions: Record<string, ReviewDecision>,
  ): Promise<ArrayBuffer> {
    const id = ++this.lastId;
    const message = await this.request({ type: 'export', id, jobId, format, selection, acceptedOnly, decisions });
    if (message.type !== 'exported') throw new WorkerRequestError({ name: 'ProtocolError', message: `Expected an export, got ${message.type}.` });
    return message.bytes;
  }

  /**
   * Start the worker, which loads the parser and its helpers, before any
   * input arrives. `onReady` runs once they are loaded.
   */
  warmUp(onReady: () => void): void {
    if (this.ready) onReady();
    else this.readyListeners.push(onReady);
    this.ensureWorker();
  }

  /** Stop the current parse, if there is one. Its promise resolves with `superseded`, and the worker drops the parse. */
  cancel(): void {
    if (!this.job) return;
    this.job.resolve({ status: 'superseded' });
    this.job = null;
    this.worker?.postMessage({ type: 'cancel', id: ++this.lastId } satisfies WorkerRequest);
  }

  private startJob(id: number, callbacks: ParseCallbacks, request: WorkerRequest, transfer: Transferable[]): Promise<ParseOutcome> {
    this.job?.resolve({ status: 'superseded' });
    const outcome = new Promise<ParseOutcome>((resolve, reject) => {
      this.job = { id, callbacks, resolve, reject };
    });
    this.ensureWorker().postMessage(request, transfer);
    return outcome;
  }

  private request(request: WorkerRequest): Promise<WorkerResponse> {
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject });
      this.ensureWorker().postMessage(request);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;

    const worker = new ParseWorker({ name: 'swapset-parse' });
    worker.postMessage({ type: 'start', id: 0, helpers: parseHelpers(navigator.hardwareConcurrency || 1) } satisfies WorkerRequest);
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.handleMessage(event.data);
    worker.onerror = (event: ErrorEvent) => {
      // An uncaught error or a worker script that failed to load: the worker
      // may be unusable, so drop it and let the next request start a fresh one.
      event.preventDefault();
      const message = event.message || 'The parse worker failed to start or stopped unexpectedly.';
      this.failAll({ name: 'WorkerError', message });
      worker.terminate();
      if (this.worker === worker) this.worker = null;
    };
    worker.onmessageerror = () => {
      this.failAll({ name: 'DataCloneError', message: 'A message from the parse worker could not be read.' });
    };
    this.worker = worker;
    return worker;
  }

  private handleMessage(message: WorkerResponse): void {
    if (message.type === 'ready') {
      this.ready = true;
      for (const listener of this.readyListeners.splice(0)) listener();
      return;
    }
    const request = this.pending.get(message.id);
    if (request) {
      this.pending.delete(message.id);
      if (message.type === 'failed') request.reject(new WorkerRequestError(message.error));
      else request.resolve(message);
      return;
    }

    const job = this.job;
    if (!job || message.id !== job.id) return;
    switch (message.type) {
      case 'progress':
        job.callbacks.onProgress(message.done, message.total);
        break;
      case 'batch':
        job.callbacks.onBatch(message.examples, message.skipped, message.problems);
        break;
      case 'done':
        this.job = null;
        job.resolve({ status: 'done', jobId: job.id, totals: message.totals, archives: message.archives });
        break;
      case 'failed':
        this.job = null;
        job.reject(new WorkerRequestError(message.error));
        break;
    }
  }

  private failAll(error: WorkerError): void {
    const job = this.job;
    this.job = null;
    job?.reject(new WorkerRequestError(error));
    for (const request of this.pending.values()) request.reject(new WorkerRequestError(error));
    this.pending.clear();
  }
}

/**
 * Return how many parse helpers to start beside the parse worker. One core is
 * left to the page, which renders the examples as they arrive, so parsing
 * uses the parse worker and one helper per further core.
 */
export function parseHelpers(cores: number): number {
  return Math.max(0, cores - 2);
}
