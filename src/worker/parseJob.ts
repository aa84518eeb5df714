import { describeArchive, openInput, uniqueInputs, type OpenedInput } from '../core/archive';
import { notReadMessage, parseFailure, stoppedMessage } from '../core/build';
import { compareText } from '../core/dataset';
import { MAX_EXAMPLES } from '../core/extract';
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
  opened: OpenedInput;
  /** How many of `opened.problems` have been posted to the page. */
  posted: number;
  /** Files parsed so far. */
  pythonFiles: number;
  /** Files unpacked so far, some perhaps still waiting to be parsed. */
  unpacked: number;
  /** True when the build was full before this input was read. */
  notRead: boolean;
  /** Problems of its files found while extracting. */
  fileProblems: InputProblem[];
}

/**
 * Parse `inputs` and stream the results as batches. Returns the finished
 * parse, or null when a newer request made it out of date. Files are
 * unpacked as they are handed out, so only the files being parsed are held.
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
  let problems: InputProblem[] = [...unique.problems];

  // Reading the inputs in name order makes every batch follow the previous
  // one in the examples' order, so the page can append batches as they come.
  const ordered = [...unique.inputs].sort((a, b) => compareText(a.name, b.name));
  const read: ReadInput[] = [];
  let total = 0;
  for (const input of ordered) {
    const opened = await openContents(input);
    if (isStale()) return null;
    read.push({ input, opened, posted: 0, pythonFiles: 0, unpacked: 0, notRead: false, fileProblems: [] });
    total += opened.fileCount;
  }
  const collectReadProblems = () => {
    for (const entry of read) {
      for (; entry.posted < entry.opened.problems.length; entry.posted++) problems.push(entry.opened.problems[entry.posted]);
    }
  };
  collectReadProblems();
  post({ type: 'batch', id, examples: [], skipped: [], problems });
  post({ type: 'progress', id, done: 0, total });
  problems = [];

  const finished: FinishedParse = { id, options, examples: [], skipped: [], functions: 0, archives: [] };
  let examples: ReviewExample[] = [];
  let skipped: SkippedFunction[] = [];
  let done = 0;
  let lastPost = performance.now();

  // Files are started ahead up to `parallel` at a time but handled in file
  // order, so batches stay in the examples' order. An input's files that
  // could not be unpacked count as done when its last file is handed out.
  const files = unpackAll(read, (skippedFiles) => (done += skippedFiles));
  const started: Array<{ entry: ReadInput; file: SourceFile; outcome: Promise<FileResult | Error> }> = [];
  let exhausted = false;
  const startMore = async () => {
    while (!exhausted && started.length < context.parallel * 2) {
      const next = await files.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      const { entry, file } = next.value;
      const outcome = context.extract(file, options).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
      started.push({ entry, file, outcome });
    }
  };

  for (;;) {
    await startMore();
    const current = started.shift();
    if (current === undefined) break;
    const { entry, file } = current;
    const outcome = await current.outcome;
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
        problems.push(result.problem);
        entry.fileProblems.push(result.problem);
      }
    } catch (error) {
      // One broken file must not cost the user the rest of the archive.
      const problem = parseFailure(file, error);
      problems.push(problem);
      entry.fileProblems.push(problem);
    }
    done++;
    entry.pythonFiles++;

    // A full build stops as the CLI's does, after this file; files started ahead are dropped.
    if (finished.examples.length >= MAX_EXAMPLES) {
      const problem = { archive: file.archive, path: file.path, message: stoppedMessage(file) };
      problems.push(problem);
      entry.fileProblems.push(problem);
      for (const later of read.slice(read.indexOf(entry) + 1)) {
        later.notRead = true;
        problems.push({ archive: later.input.name, path: null, message: notReadMessage(later.input.name) });
      }
      started.length = 0;
      exhausted = true;
    }

    if (started.length === 0 || performance.now() - lastPost >= BATCH_INTERVAL_MS) {
      collectReadProblems();
      post({ type: 'batch', id, examples, skipped, problems });
      post({ type: 'progress', id, done, total });
      examples = [];
      skipped = [];
      problems = [];
      lastPost = performance.now();

      // Let a newer request's message run before continuing with this parse.
      await context.pause();
      if (isStale()) return null;
    }
  }
  collectReadProblems();
  if (problems.length > 0 || done < total) {
    post({ type: 'batch', id, examples: [], skipped: [], problems });
    post({ type: 'progress', id, done: total, total });
  }

  for (const entry of read) {
    const notRead = { archive: entry.input.name, path: null, message: notReadMessage(entry.input.name) };
    const archiveProblems = entry.notRead ? [notRead] : [...entry.opened.problems, ...entry.fileProblems];
    const summary = { pythonFiles: entry.pythonFiles, licence: entry.notRead ? null : entry.opened.licence };
    finished.archives.push(await describeArchive(entry.input.name, new Uint8Array(entry.input.bytes), summary, archiveProblems));
  }
  if (isStale()) return null;
  const totals: JobTotals = { files: finished.archives.reduce((sum, archive) => sum + archive.pythonFiles, 0), functions: finished.functions, examples: finished.examples.length, skipped: finished.skipped.length };
  post({ type: 'done', id, totals, archives: finished.archives });
  return finished;
}

// Unpack the inputs' files in order. `onSkipped` gets, at the end of each
// input, how many of its files could not be unpacked.
async function* unpackAll(read: ReadInput[], onSkipped: (count: number) => void): AsyncGenerator<{ entry: ReadInput; file: SourceFile }> {
  for (const entry of read) {
    try {
      for await (const file of entry.opened.files()) {
        entry.unpacked++;
        yield { entry, file };
      }
    } catch (error) {
      const message = `${entry.input.name} could not be read (${toWorkerError(error).message}).`;
      entry.opened.problems.push({ archive: entry.input.name, path: null, message });
    }
    onSkipped(entry.opened.fileCount - entry.unpacked);
  }
}

// openInput reports what it can name as problems; anything it throws still names the input.
async function openContents(input: ParseInput): Promise<OpenedInput> {
  try {
    return await openInput(input.name, new Uint8Array(input.bytes));
  } catch (error) {
    const message = `${input.name} could not be read (${toWorkerError(error).message}).`;
    return { fileCount: 0, problems: [{ archive: input.name, path: null, message }], licence: null, files: async function* () {} };
  }
}
