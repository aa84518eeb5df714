import type { Parser } from 'web-tree-sitter';
import { describeArchive, describeFile, openInput, uniqueInputs, type ReadOptions } from './archive';
import type { ArchiveInfo, BuildCounts } from './manifest';
import { selectExamples, type SelectionSettings } from './select';
import { countSkipReasons, sortExamples } from './dataset';
import { extractFile, MAX_EXAMPLES } from './extract';
import type { BuildOptions, FileResult, InputProblem, ReviewExample, SkippedFunction } from './types';

/** A dropped or named input: a `.zip` archive or a `.py` file. */
export interface Input {
  name: string;
  bytes: Uint8Array;
}

/** Everything a build produces, examples sorted by archive, path and line. */
export interface BuildResult {
  examples: ReviewExample[];
  skipped: SkippedFunction[];
  problems: InputProblem[];
  /** Python files found in the inputs. */
  files: number;
  /** Python files that could be decoded as text. */
  readableFiles: number;
  /** Top-level functions seen. */
  functions: number;
  archives: ArchiveInfo[];
  /** Inputs skipped because an earlier input has the same name. */
  skippedInputs: number;
}

/**
 * Read every input, extract examples from each Python file and sort them.
 * Files are unpacked one at a time, so only one is held in memory at once.
 */
export async function buildDataset(
  parser: Parser,
  inputs: Input[],
  options: BuildOptions,
  read: ReadOptions = {},
  maxExamples = MAX_EXAMPLES,
): Promise<BuildResult> {
  const result: BuildResult = { examples: [], skipped: [], problems: [], files: 0, readableFiles: 0, functions: 0, archives: [], skippedInputs: 0 };
  const unique = uniqueInputs(inputs);
  result.skippedInputs = unique.problems.length;
  result.problems.push(...unique.problems);
  let full = false;
  for (const input of unique.inputs) {
    if (full) {
      const problem = { archive: input.name, path: null, message: notReadMessage(input.name, maxExamples) };
      result.problems.push(problem);
      result.archives.push(await describeArchive(input.name, input.bytes, { pythonFiles: 0, licence: null }, [problem]));
      continue;
    }
    const opened = await openInput(input.name, input.bytes, read);
    const fileProblems: InputProblem[] = [];
    let pythonFiles = 0;
    for await (const file of opened.files()) {
      let extracted: FileResult;
      try {
        extracted = extractFile(parser, file, options, { maxExamples });
      } catch (error) {
        // One file that breaks the parser must not cost the user the rest, as in the page's worker.
        extracted = { examples: [], skipped: [], functions: 0, readable: true, problem: parseFailure(file, error) };
      }
      pythonFiles++;
      result.files++;
      if (extracted.readable) result.readableFiles++;
      result.functions += extracted.functions;
      // Loops, not push(...items): a file can hold more functions than a call has room for arguments.
      for (const example of extracted.examples) result.examples.push(example);
      for (const skip of extracted.skipped) result.skipped.push(skip);
      if (extracted.problem !== null) fileProblems.push(extracted.problem);
      if (result.examples.length >= maxExamples) {
        fileProblems.push({ archive: file.archive, path: file.path, message: stoppedMessage(file, maxExamples) });
        full = true;
        break;
      }
    }
    // The archive's own problems come first, then those of its files.
    const problems = [...opened.problems, ...fileProblems];
    for (const problem of problems) result.problems.push(problem);
    result.archives.push(await describeArchive(input.name, input.bytes, { pythonFiles, licence: opened.licence }, problems));
  }
  result.examples = sortExamples(result.examples);
  return result;
}

/** Return the sentence for the file after which a build stopped, full of examples. */
export function stoppedMessage(file: { archive: string; path: string }, maxExamples = MAX_EXAMPLES): string {
  return `Reading stopped after ${describeFile(file)}: the build holds ${maxExamples.toLocaleString('en-US')} examples or more, the maximum it keeps; the files after it were not read.`;
}

/** Return the problem of a file whose extraction threw, with the error's message. */
export function parseFailure(file: { archive: string; path: string }, error: unknown): InputProblem {
  const reason = error instanceof Error ? error.message : String(error);
  return { archive: file.archive, path: file.path, message: `${describeFile(file)} could not be parsed (${reason}).` };
}

/** Return the sentence for an input left unread because the build was full. */
export function notReadMessage(input: string, maxExamples = MAX_EXAMPLES): string {
  return `${input} was not read: the build already holds ${maxExamples.toLocaleString('en-US')} examples, the maximum it keeps.`;
}

/** Select the dataset's examples from a build and count what each step kept and dropped. */
export function selectFromBuild(
  result: Pick<BuildResult, 'examples' | 'skipped' | 'functions'>,
  selection: SelectionSettings,
  seed: number,
): { examples: ReviewExample[]; counts: BuildCounts } {
  const selected = selectExamples(result.examples, selection, seed);
  const counts: BuildCounts = {
    functions: result.functions,
    eligible: result.examples.length,
    skipped: Object.fromEntries(countSkipReasons(result.skipped)),
    duplicates: selected.duplicates,
    overArchiveCap: selected.overArchiveCap,
    overMax: selected.overMax,
  };
  return { examples: selected.examples, counts };
}
