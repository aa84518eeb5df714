import { describeArchive, readInput, uniqueInputs, type InputContents } from '../core/archive';
import { compareText } from '../core/dataset';
import type { ArchiveInfo } from '../core/manifest';
import type { BuildOptions, FileResult, InputProblem, ReviewExample, SkippedFunction, SourceFile } from '../core/types';
import { toWorkerError, type JobTotals, type ParseInput, type WorkerResponse } from './protocol';

/** How long the worker collects results before posting them, in milliseconds. */
const BATCH_INTERVAL_MS = 100;

/** A finished parse, kept in the worker so that selection and export need not send the examples back. */
export interface FinishedParse {
  id: number;
  options: BuildOptions;
  /** Every example, sorted by archive, path and line. */
  examples: ReviewExample[];
  skipped: SkippedFunction[];
  functions: number;
  archives: ArchiveInfo[];
}

/** Services the worker gives a parse. */
export interface ParseContext {
  /** Extract one file, possibly on another worker; results are awaited in file order. */
  extract(file: SourceFile, options: BuildOptions): Promise<FileResult>;
  /** How many files may be extracting at once. */
  parallel: number;
  post(message: WorkerResponse): void;
  /** True once a newer request has made this parse out of date. */
  isStale(): boolean;
  /** Let other messages run; the parse checks `isStale` after each pause. */
  pause(): Promise<void>;
}

interface ReadInput {
  input: ParseInput;
  contents: InputContents;
  /** The input's own problems and those of its files, as the manifest counts them. */
  problems: InputProblem[];
}

/**
 * Parse `inputs` and stream the results as batches. Returns the finished
 * parse, or null when a newer request made it out of date.
 *
 * Lists are extended with loops rather than `push(...items)`: an archive can
 * hold more files, and a file more functions, than a call has room for
 * arguments.
 */
export async function runParse(
  id: number,
  inputs: ParseInput[],
  options: BuildOptions,
  context: ParseContext,
): Promise<FinishedParse | null> {
  const { post, isStale } = context;
  const unique = uniqueInputs(inputs);
  const firstProblems: InputProblem[] = [];
  for (const problem of unique.problems) firstProblems.push(problem);

  // Reading the inputs in name order makes every batch follow the previous
  // one in the examples' order, so the page can append batches as they come.
  const ordered = [...unique.inputs].sort((a, b) => compareText(a.name, b.name));
  const read: ReadInput[] = [];
  let total = 0;
  for (const input of ordered) {
    const contents = await readContents(input);
    if (isStale()) return null;
    const problems: InputProblem[] = [];
    for (const problem of contents.problems) {
      problems.push(problem);
      firstProblems.push(problem);
    }
    read.push({ input, contents, problems });
    total += contents.files.length;
  }
  post({ type: 'batch', id, examples: [], skipped: [], problems: firstProblems });
  post({ type: 'progress', id, done: 0, total });

  const finished: FinishedParse = { id, options, examples: [], skipped: [], functions: 0, archives: [] };
  let examples: ReviewExample[] = [];
  let skipped: SkippedFunction[] = [];
  let fileProblems: InputProblem[] = [];
  let done = 0;
  let lastPost = performance.now();

  // Files are started ahead up to `parallel` at a time but handled in file
  // order, so batches stay in the examples' order.
  const queue: Array<{ entry: ReadInput; file: SourceFile }> = [];
  for (const entry of read) for (const file of entry.contents.files) queue.push({ entry, file });
  const started: Array<Promise<FileResult | Error>> = [];
  let next = 0;
  const startMore = () => {
    while (next < queue.length && started.length < context.parallel * 2) {
      const { file } = queue[next++];
      started.push(context.extract(file, options).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))));
    }
  };

  for (const { entry, file } of queue) {
    startMore();
    const outcome = await started.shift()!;
    try {
      if (outcome instanceof Error) throw outcome;
      const result = outcome;
      finished.functions += result.functions;
      for (const example of result.examples) {
        examples.push(example);
        finished.examples.push(example);
      }
      for (const skip of result.skipped) {
        skipped.push(skip);
        finished.skipped.push(skip);
      }
      if (result.problem) {
        fileProblems.push(result.problem);
        entry.problems.push(result.problem);
      }
    } catch (error) {
      // One broken file must not cost the user the rest of the archive.
      const reason = toWorkerError(error).message;
      const problem = { archive: file.archive, path: file.path, message: `${file.path} in ${file.archive} could not be parsed (${reason}).` };
      fileProblems.push(problem);
      entry.problems.push(problem);
    }
    done++;

    if (done === total || performance.now() - lastPost >= BATCH_INTERVAL_MS) {
      post({ type: 'batch', id, examples, skipped, problems: fileProblems });
      post({ type: 'progress', id, done, total });
      examples = [];
      skipped = [];
      fileProblems = [];
      lastPost = performance.now();

      // Let a newer request's message run before continuing with this parse.
      await context.pause();
      if (isStale()) return null;
    }
  }

  for (const entry of read) {
    finished.archives.push(await describeArchive(entry.input.name, new Uint8Array(entry.input.bytes), entry.contents, entry.problems));
  }
  if (isStale()) return null;
  const totals: JobTotals = { files: total, functions: finished.functions, examples: finished.examples.length, skipped: finished.skipped.length };
  post({ type: 'done', id, totals, archives: finished.archives });
  return finished;
}

// readInput reports what it can name as problems; anything it throws still names the input.
async function readContents(input: ParseInput): Promise<InputContents> {
  try {
    return await readInput(input.name, new Uint8Array(input.bytes));
  } catch (error) {
    const message = `${input.name} could not be read (${toWorkerError(error).message}).`;
    return { files: [], problems: [{ archive: input.name, path: null, message }], licence: null };
  }
}
