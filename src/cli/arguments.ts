import { DEFAULT_SELECTION, type SelectionSettings } from '../core/select';
import { DEFAULT_OPTIONS, type BuildOptions, type Mode } from '../core/types';

export const USAGE = `Usage: swapset build INPUT... --out FILE [options]

Builds an identifier-swap dataset from Python repositories.

  INPUT              a .zip archive of a repository, or a .py file
  --out FILE         where to write the dataset: FILE.jsonl (JSON Lines),
                     FILE.csv (Inverse Scaling Prize CSV) or FILE.zip (both,
                     with rejected.jsonl, manifest.json and a README.md card)
  --mode MODE        builtins (swap two builtins) or globals (swap two
                     top-level names of the module); default ${DEFAULT_OPTIONS.mode}
  --seed N           seed for choosing pairs and caps (default ${DEFAULT_OPTIONS.seed})
  --max-tokens N     skip functions with more whitespace-separated tokens
                     (default ${DEFAULT_OPTIONS.maxTokens})
  --max N            keep at most N examples, chosen by a seeded shuffle
  --per-archive N    keep at most N examples from each input
  --no-dedup         keep repeated copies of the same function
  --help             show this help

Options take their value as the next argument or after '=' (--seed=7).`;

/** A command line that cannot be run, with the sentence to print. */
export class UsageError extends Error {}

/** A request for the help text. */
export const HELP = 'help';

/** A parsed `build` command. */
export interface Command {
  inputs: string[];
  out: string;
  options: BuildOptions;
  selection: SelectionSettings;
}

const OPTIONS_WITH_VALUES = new Set(['--out', '--mode', '--seed', '--max-tokens', '--max', '--per-archive']);

/** Parse `build` arguments; throws UsageError with a sentence on bad input. */
export function parseArguments(args: string[]): Command | typeof HELP {
  if (args.some((argument) => argument === '--help' || argument === '-h')) return HELP;
  const [command, ...given] = args;
  if (command !== 'build') {
    throw new UsageError(command === undefined ? 'No command given.' : `Unknown command "${command}".`);
  }
  const inputs: string[] = [];
  let out: string | null = null;
  const options: BuildOptions = { ...DEFAULT_OPTIONS };
  const selection: SelectionSettings = { ...DEFAULT_SELECTION };
  // --name=value is read as --name value.
  const rest = given.flatMap((argument) => {
    const equals = argument.indexOf('=');
    return argument.startsWith('--') && equals > 0 ? [argument.slice(0, equals), argument.slice(equals + 1)] : [argument];
  });

  for (let i = 0; i < rest.length; i++) {
    const argument = rest[i];
    if (argument === '--no-dedup') {
      selection.dedup = false;
      continue;
    }
    if (!OPTIONS_WITH_VALUES.has(argument)) {
      if (argument.startsWith('--')) throw new UsageError(`Unknown option ${argument}.`);
      inputs.push(argument);
      continue;
    }
    const value = rest[++i];
    if (value === undefined) throw new UsageError(`${argument} needs a value.`);
    switch (argument) {
      case '--out':
        out = value;
        break;
      case '--mode':
        options.mode = parseMode(value);
        break;
      case '--seed':
        options.seed = wholeNumber(argument, value);
        break;
      case '--max-tokens':
        options.maxTokens = wholeNumber(argument, value);
        break;
      case '--max':
        selection.maxExamples = wholeNumber(argument, value);
        break;
      case '--per-archive':
        selection.perArchive = wholeNumber(argument, value);
        break;
    }
  }

  if (inputs.length === 0) throw new UsageError('No input given: name at least one .zip or .py file.');
  if (out === null) throw new UsageError('No output given: add --out FILE.jsonl, FILE.csv or FILE.zip.');
  if (!/\.(jsonl|csv|zip)$/.test(out)) throw new UsageError(`The output ${out} must end in .jsonl, .csv or .zip.`);
  return { inputs, out, options, selection };
}

function parseMode(value: string): Mode {
  if (value === 'builtins' || value === 'globals') return value;
  throw new UsageError(`--mode takes builtins or globals, not "${value}".`);
}

function wholeNumber(option: string, value: string): number {
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`${option} takes a whole number, not "${value}".`);
  }
  return Number(value);
}
