/// <reference lib="webworker" />
import runtimeUrl from 'web-tree-sitter/web-tree-sitter.wasm?url';
import grammarUrl from 'tree-sitter-python/tree-sitter-python.wasm?url';
import { loadPythonParser } from '../core/parser';
import { exportDataset, selectDataset } from './exportJob';
import { runParse, type FinishedParse } from './parseJob';
import { ExtractPool } from './pool';
import type { BuildOptions, SourceFile } from '../core/types';
import { toWorkerError, type ParseInput, type WorkerRequest, type WorkerResponse } from './protocol';

// Parsing, selection and export run here so that large archives do not block
// the page. The worker runs one parse at a time: a newer parse, reparse or
// cancel makes every older parse stop at its next check, and the page also
// drops any message that carries an old id. The inputs and the examples of
// the last parse stay here, so that the page can parse again with other
// options, select and export without sending them back.

const scope = self as unknown as DedicatedWorkerGlobalScope;

let latestParseId = 0;
let inputs: ParseInput[] | null = null;
let finished: FinishedParse | null = null;

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'parse':
      latestParseId = request.id;
      inputs = request.inputs;
      finished = null;
      void parse(request.id, request.inputs, request);
      break;
    case 'reparse':
      latestParseId = request.id;
      finished = null;
      if (inputs === null) {
        fail(request.id, new Error('There are no inputs to parse again: drop the files again.'));
      } else {
        void parse(request.id, inputs, request);
      }
      break;
    case 'cancel':
      latestParseId = request.id;
      break;
    case 'start':
      void startPool(request.helpers);
      break;
    case 'select':
      answer(request.id, request.jobId, async (job) => {
        const { ids, counts } = selectDataset(job, request.selection);
        post({ type: 'selected', id: request.id, ids, counts });
      });
      break;
    case 'export':
      answer(request.id, request.jobId, async (job) => {
        const bytes = await exportDataset(job, request.format, request.selection, request.acceptedOnly, request.decisions);
        const buffer = bytes.byteLength === bytes.buffer.byteLength ? (bytes.buffer as ArrayBuffer) : bytes.slice().buffer;
        scope.postMessage({ type: 'exported', id: request.id, bytes: buffer } satisfies WorkerResponse, [buffer]);
      });
      break;
  }
};

// The parser starts loading with the worker, and the parse helpers as soon
// as the page's start request gives their number, so that the first parse
// does not wait for them.
const parserReady = loadPythonParser({ runtime: runtimeUrl, grammar: grammarUrl });
let pool: Promise<ExtractPool> | null = null;

function startPool(helpers: number): Promise<ExtractPool> {
  if (pool === null) {
    pool = parserReady.then((parser) => new ExtractPool(parser, helpers));
    // A parse reports a failure to load, naming the file that did not load.
    pool.then(() => post({ type: 'ready', id: 0 }), () => {});
  }
  return pool;
}

function post(message: WorkerResponse): void {
  scope.postMessage(message);
}

function fail(id: number, error: unknown): void {
  post({ type: 'failed', id, error: toWorkerError(error) });
}

async function parse(id: number, parseInputs: ParseInput[], request: { options: FinishedParse['options'] }): Promise<void> {
  const isStale = () => id !== latestParseId;
  try {
    // The page sends its start request first; without one, this worker parses alone.
    const extractor = await startPool(0);
    if (isStale()) return;
    const context = {
      extract: (file: SourceFile, options: BuildOptions) => extractor.extract(file, options),
      parallel: extractor.size,
      post,
      isStale,
      pause: nextTask,
    };
    const result = await runParse(id, parseInputs, request.options, context);
    if (result !== null && !isStale()) finished = result;
  } catch (error) {
    if (!isStale()) fail(id, error);
  }
}

// Run `work` on the finished parse `jobId`, or report that it is gone.
function answer(id: number, jobId: number, work: (job: FinishedParse) => Promise<void>): void {
  const job = finished;
  if (job === null || job.id !== jobId) {
    fail(id, new Error('The examples changed while this request was sent. Try again.'));
    return;
  }
  work(job).catch((error: unknown) => fail(id, error));
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
