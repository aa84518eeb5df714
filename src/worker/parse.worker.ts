/// <reference lib="webworker" />
import runtimeUrl from 'web-tree-sitter/web-tree-sitter.wasm?url';
import grammarUrl from 'tree-sitter-python/tree-sitter-python.wasm?url';
import { readInput } from '../core/archive';
import { extractFile } from '../core/extract';
import { loadPythonParser } from '../core/parser';
import type { InputProblem, ReviewExample, SkippedFunction, SourceFile } from '../core/types';
import { toWorkerError, type JobTotals, type ParseRequest, type WorkerRequest, type WorkerResponse } from './protocol';

// Parsing runs here so that large archives do not block the page. The worker
// runs one job at a time: a newer request (a parse or a cancel) makes every
// older job stop at its next check, and the page also drops any message that
// carries an old id.

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** How long the worker collects results before posting them, in milliseconds. */
const BATCH_INTERVAL_MS = 100;

let latestId = 0;

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  latestId = request.id;
  if (request.type === 'parse') void runParse(request);
};

function post(message: WorkerResponse): void {
  scope.postMessage(message);
}

async function runParse(request: ParseRequest): Promise<void> {
  const { id, inputs, options } = request;
  const isStale = () => id !== latestId;

  try {
    const parser = await loadPythonParser({ runtime: runtimeUrl, grammar: grammarUrl });
    if (isStale()) return;

    const files: SourceFile[] = [];
    const problems: InputProblem[] = [];
    for (const input of inputs) {
      const contents = await readInput(input.name, new Uint8Array(input.bytes));
      if (isStale()) return;
      files.push(...contents.files);
      problems.push(...contents.problems);
    }
    post({ type: 'batch', id, examples: [], skipped: [], problems });
    post({ type: 'progress', id, done: 0, total: files.length });

    let examples: ReviewExample[] = [];
    let skipped: SkippedFunction[] = [];
    let fileProblems: InputProblem[] = [];
    const totals: JobTotals = { files: files.length, functions: 0, examples: 0, skipped: 0 };
    let lastPost = performance.now();

    for (let index = 0; index < files.length; index++) {
      const file = files[index];
      try {
        const result = extractFile(parser, file, options);
        examples.push(...result.examples);
        skipped.push(...result.skipped);
        totals.functions += result.functions;
        totals.examples += result.examples.length;
        totals.skipped += result.skipped.length;
        if (result.problem) fileProblems.push(result.problem);
      } catch (error) {
        // One broken file must not cost the user the rest of the archive.
        const reason = toWorkerError(error).message;
        fileProblems.push({
          archive: file.archive,
          path: file.path,
          message: `${file.path} in ${file.archive} could not be parsed (${reason}).`,
        });
      }

      const isLast = index === files.length - 1;
      if (isLast || performance.now() - lastPost >= BATCH_INTERVAL_MS) {
        post({ type: 'batch', id, examples, skipped, problems: fileProblems });
        post({ type: 'progress', id, done: index + 1, total: files.length });
        examples = [];
        skipped = [];
        fileProblems = [];
        lastPost = performance.now();

        // Let a newer request's message run before continuing with this job.
        await nextTask();
        if (isStale()) return;
      }
    }

    post({ type: 'done', id, totals });
  } catch (error) {
    if (!isStale()) post({ type: 'failed', id, error: toWorkerError(error) });
  }
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
