import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { buildDataset, selectFromBuild, type Input } from '../core/build';
import { toCsv } from '../core/csv';
import { countSkipReasons, toJsonl } from '../core/dataset';
import { buildExportZip } from '../core/export';
import type { ArchiveInfo, BuildCounts } from '../core/manifest';
import { loadPythonParser } from '../core/parser';
import type { ReviewExample } from '../core/types';
import { parseArguments, USAGE, UsageError, type Command } from './arguments';
import { NODE_GRAMMAR_FILES } from './grammar';

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
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(error);
      console.error(`swapset: cannot read ${path}: ${reason}.`);
      return 1;
    }
  }

  const parser = await loadPythonParser(NODE_GRAMMAR_FILES);
  const result = await buildDataset(parser, inputs, command.options);
  for (const problem of result.problems) console.error(`swapset: ${problem.message}`);
  if (result.files === 0) {
    console.error('swapset: no Python file could be read from the inputs.');
    return 1;
  }

  const { examples, counts } = selectFromBuild(result, command.selection, command.options.seed);
  await writeFile(command.out, await render(command, examples, result.archives, counts));
  console.log(
    `${result.files} Python files, ${result.functions} top-level functions, ` +
      `${examples.length} examples written to ${command.out}.`,
  );
  for (const [reason, count] of countSkipReasons(result.skipped)) console.log(`skipped ${reason}: ${count}`);
  if (counts.duplicates > 0) console.log(`removed as repeated: ${counts.duplicates}`);
  if (counts.overArchiveCap > 0) console.log(`over the per-archive cap: ${counts.overArchiveCap}`);
  if (counts.overMax > 0) console.log(`over --max: ${counts.overMax}`);
  return 0;
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
