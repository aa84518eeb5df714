import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { buildDataset, type Input } from '../core/build';
import { toCsv } from '../core/csv';
import { countSkipReasons, toJsonl } from '../core/dataset';
import { loadPythonParser } from '../core/parser';
import { DEFAULT_OPTIONS, type BuildOptions } from '../core/types';
import { NODE_GRAMMAR_FILES } from './grammar';

const USAGE = `Usage: swapset build INPUT... --out FILE [--seed N] [--max-tokens N]

Builds an identifier-swap dataset from Python repositories.

  INPUT            a .zip archive of a repository, or a .py file
  --out FILE       where to write the dataset: FILE.jsonl for JSON Lines,
                   FILE.csv for the Inverse Scaling Prize CSV format
  --seed N         seed for choosing the swapped pair (default ${DEFAULT_OPTIONS.seed})
  --max-tokens N   skip functions with more whitespace-separated tokens (default ${DEFAULT_OPTIONS.maxTokens})`;

/** A command line that cannot be run, with the sentence to print. */
export class UsageError extends Error {}

interface Command {
  inputs: string[];
  out: string;
  options: BuildOptions;
}

/** Parse `build` arguments; throws UsageError with a sentence on bad input. */
export function parseArguments(args: string[]): Command {
  const [command, ...rest] = args;
  if (command !== 'build') {
    throw new UsageError(command === undefined ? 'No command given.' : `Unknown command "${command}".`);
  }
  const inputs: string[] = [];
  let out: string | null = null;
  const options = { ...DEFAULT_OPTIONS };
  for (let i = 0; i < rest.length; i++) {
    const argument = rest[i];
    if (argument === '--out' || argument === '--seed' || argument === '--max-tokens') {
      const value = rest[++i];
      if (value === undefined) throw new UsageError(`${argument} needs a value.`);
      if (argument === '--out') out = value;
      else if (argument === '--seed') options.seed = wholeNumber(argument, value);
      else options.maxTokens = wholeNumber(argument, value);
    } else if (argument.startsWith('--')) {
      throw new UsageError(`Unknown option ${argument}.`);
    } else {
      inputs.push(argument);
    }
  }
  if (inputs.length === 0) throw new UsageError('No input given: name at least one .zip or .py file.');
  if (out === null) throw new UsageError('No output given: add --out FILE.jsonl or --out FILE.csv.');
  if (!out.endsWith('.jsonl') && !out.endsWith('.csv')) {
    throw new UsageError(`The output ${out} must end in .jsonl or .csv.`);
  }
  return { inputs, out, options };
}

function wholeNumber(option: string, value: string): number {
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`${option} takes a whole number, not "${value}".`);
  }
  return Number(value);
}

/** Run the command line; returns the process exit code. */
export async function main(args: string[]): Promise<number> {
  let command: Command;
  try {
    command = parseArguments(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`swapset: ${error.message}\n\n${USAGE}`);
    return 2;
  }

  const inputs: Input[] = [];
  for (const path of command.inputs) {
    try {
      inputs.push({ name: basename(path), bytes: new Uint8Array(await readFile(path)) });
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
      console.error(`swapset: cannot read ${path}: ${reason}.`);
      return 1;
    }
  }

  const parser = await loadPythonParser(NODE_GRAMMAR_FILES);
  const result = await buildDataset(parser, inputs, command.options);
  for (const problem of result.problems) console.error(`swapset: ${problem.message}`);
  await writeFile(command.out, command.out.endsWith('.csv') ? toCsv(result.examples) : toJsonl(result.examples));
  console.log(
    `${result.files} Python files, ${result.functions} top-level functions, ` +
      `${result.examples.length} examples written to ${command.out}.`,
  );
  for (const [reason, count] of countSkipReasons(result.skipped)) console.log(`skipped ${reason}: ${count}`);
  if (result.files === 0) {
    console.error('swapset: no Python file could be read from the inputs.');
    return 1;
  }
  return 0;
}
