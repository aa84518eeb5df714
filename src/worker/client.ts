import type { BuildOptions, InputProblem, ReviewExample, SkippedFunction } from '../core/types';
import ParseWorker from './parse.worker.ts?worker';
import type { JobTotals, ParseInput, ParseRequest, WorkerError, WorkerRequest, WorkerResponse } from './protocol';

/** Receives a job's results while the worker streams them. */
export interface ParseCallbacks {
  onProgress(done: number, total: number): void;
  onBatch(examples: ReviewExample[], skipped: SkippedFunction[], problems: InputProblem[]): void;
}

/** Outcome of a job: finished with these totals, or superseded by a newer job. */
export type ParseOutcome =
  | { status: 'done'; totals: JobTotals }
  | { status: 'superseded' };

/** An error reported by the worker, kept as the plain data it arrived as. */
export class ParseError extends Error {
  constructor(error: WorkerError) {
    super(error.message);
    this.name = error.name;
  }
}

interface Job {
  id: number;
  callbacks: ParseCallbacks;
  resolve(outcome: ParseOutcome): void;
  reject(error: ParseError): void;
}

/** Runs parse jobs in one worker, which is created on first use. Only the newest job reports results. */
export class ParseClient {
  private worker: Worker | null = null;
  private lastId = 0;
  private job: Job | null = null;

  /**
   * Parse `inputs` in the worker. Their buffers are transferred, so the caller
   * must not use them afterwards. Starting a new job resolves the previous
   * one's promise with `superseded` and drops its late messages.
   */
  parse(inputs: ParseInput[], options: BuildOptions, callbacks: ParseCallbacks): Promise<ParseOutcome> {
    this.job?.resolve({ status: 'superseded' });

    const id = ++this.lastId;
    const request: ParseRequest = { type: 'parse', id, inputs, options };
    const outcome = new Promise<ParseOutcome>((resolve, reject) => {
      this.job = { id, callbacks, resolve, reject };
    });
    this.ensureWorker().postMessage(request, inputs.map((input) => input.bytes));
    return outcome;
  }

  /** Stop the current job, if there is one. Its promise resolves with `superseded`, and the worker drops the job. */
  cancel(): void {
    if (!this.job) return;
    this.job.resolve({ status: 'superseded' });
    this.job = null;
    this.worker?.postMessage({ type: 'cancel', id: ++this.lastId } satisfies WorkerRequest);
  }

  /** Stop the worker; a later `parse` starts a new one. */
  dispose(): void {
    this.job?.resolve({ status: 'superseded' });
    this.job = null;
    this.worker?.terminate();
    this.worker = null;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;

    const worker = new ParseWorker({ name: 'swapset-parse' });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.handleMessage(event.data);
    worker.onerror = (event: ErrorEvent) => {
      // An uncaught error or a worker script that failed to load: the worker
      // may be unusable, so drop it and let the next job start a fresh one.
      event.preventDefault();
      const message = event.message || 'The parse worker failed to start or stopped unexpectedly.';
      this.failJob({ name: 'WorkerError', message });
      worker.terminate();
      if (this.worker === worker) this.worker = null;
    };
    worker.onmessageerror = () => {
      this.failJob({ name: 'DataCloneError', message: 'A message from the parse worker could not be read.' });
    };
    this.worker = worker;
    return worker;
  }

  private handleMessage(message: WorkerResponse): void {
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
        job.resolve({ status: 'done', totals: message.totals });
        break;
      case 'failed':
        this.failJob(message.error);
        break;
    }
  }

  private failJob(error: WorkerError): void {
    const job = this.job;
    if (!job) return;
    this.job = null;
    job.reject(new ParseError(error));
  }
}
