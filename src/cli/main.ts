import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { buildDataset, selectFromBuild, type Input } from '../core/build';
import { toCsv } from '../core/csv';
import { countSkipReasons, toJsonl } from '../core/dataset';
import { buildExportZip } from '../core/export';
import type { ArchiveInfo, BuildCounts } from '../core/manifest';
import { loadPythonParser } from '../core/parser';
import type { ReviewExample } from '../core/types';
import { HELP, parseArguments, USAGE, UsageError, type Command } from './arguments';
import { NODE_GRAMMAR_FILES } from './grammar';
import { collectingGarbage, inflateWithZlib } from './inflate';

/** Run the command line; returns the process exit code. */
export async function main(args: string[]): Promise<number> {
  let command: Command;
  try {
    const parsed = parseArguments(args);
    if (parsed === HELP) {
      console.log(USAGE);
      return 0;
    }
    command = parsed;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`swapset: ${error.message}\n\n${USAGE}`);
    return 2;
  }

  const inputs: Input[] = [];
  for (const path of command.inputs) {
    try {
      const contents = await readFile(path);
      inputs.push({ name: basename(path), bytes: new Uint8Array(contents.buffer, contents.byteOffset, contents.length) });
    } catch (error) {
      console.error(`swapset: cannot read ${path}: ${describeFileError(error)}.`);
    }
  }

  const parser = await loadPythonParser(NODE_GRAMMAR_FILES);
  const result = await buildDataset(parser, inputs, command.options, { inflate: collectingGarbage(inflateWithZlib) });
  for (const problem of result.problems) console.error(`swapset: ${problem.message}`);
  if (result.readableFiles === 0) {
    console.error('swapset: no Python file could be read from the inputs.');
    return 1;
  }

  const { examples, counts } = selectFromBuild(result, command.selection, command.options.seed);
  try {
    await writeFile(command.out, await render(command, examples, result.archives, counts));
  } catch (error) {
    console.error(`swapset: cannot write ${command.out}: ${describeFileError(error)}.`);
    return 1;
  }
  console.log(
    `${plural(result.files, 'Python file')}, ${plural(result.functions, 'top-level function')}, ` +
      `${plural(examples.length, 'example')} written to ${command.out}.`,
  );
  for (const [reason, count] of countSkipReasons(result.skipped)) console.log(`skipped ${reason}: ${count}`);
  if (counts.duplicates > 0) console.log(`removed as repeated: ${counts.duplicates}`);
  if (counts.overArchiveCap > 0) console.log(`over the per-archive cap: ${counts.overArchiveCap}`);
  if (counts.overMax > 0) console.log(`over --max: ${counts.overMax}`);
  const warned = examples.filter((example) => example.warnings.length > 0).length;
  if (warned > 0) {
    const examples = warned === 1 ? '1 example comes' : `${warned} examples come`;
    console.error(`swapset: warning: ${examples} from modules with "from ... import *", which may rebind a swapped name.`);
  }
  // A problem without a path is one with a whole input: unreadable, not a zip, or without Python files.
  const inputFailed = result.problems.some((problem) => problem.path === null);
  return inputs.length < command.inputs.length || inputFailed ? 1 : 0;
}

function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

// Write the selected examples in the format the output's extension names.
async function render(
  command: Command,
  examples: ReviewExample[],
  archives: ArchiveInfo[],
  counts: BuildCounts,
): Promise<string | Uint8Array> {
  if (command.out.endsWith('.csv')) return toCsv(examples);
  if (command.out.endsWith('.jsonl')) return toJsonl(examples);
  return buildExportZip({
    examples,
    decisions: {},
    options: command.options,
    selection: command.selection,
    acceptedOnly: false,
    archives,
    counts,
  });
}
