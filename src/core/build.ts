import type { Parser } from 'web-tree-sitter';
import { readInput } from './archive';
import { sortExamples } from './dataset';
import { extractFile } from './extract';
import type { BuildOptions, InputProblem, ReviewExample, SkippedFunction } from './types';

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
  /** Python files read from the inputs. */
  files: number;
  /** Top-level functions seen. */
  functions: number;
}

/** Read every input, extract examples from each Python file and sort them. */
export async function buildDataset(parser: Parser, inputs: Input[], options: BuildOptions): Promise<BuildResult> {
  const result: BuildResult = { examples: [], skipped: [], problems: [], files: 0, functions: 0 };
  for (const input of inputs) {
    const contents = await readInput(input.name, input.bytes);
    result.problems.push(...contents.problems);
    for (const file of contents.files) {
      const extracted = extractFile(parser, file, options);
      result.files++;
      result.functions += extracted.functions;
      result.examples.push(...extracted.examples);
      result.skipped.push(...extracted.skipped);
      if (extracted.problem !== null) result.problems.push(extracted.problem);
    }
  }
  result.examples = sortExamples(result.examples);
  return result;
}
