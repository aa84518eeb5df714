import type { Node, Parser, Range } from 'web-tree-sitter';
import { analyseFunction, topLevelFunction, type FunctionFacts } from './analyse';
import { describeFile } from './archive';
import { decodeSource } from './decode';
import { buildExample } from './example';
import { candidateNames, choosePair, refusedNames } from './choice';
import { collectModuleBindings, ModuleBindingsCollector, type ModuleBindings } from './module';
import { planParse, statementRanges, type ParsedStatement, type ParsePlan } from './prefilter';
import type { BuildOptions, ExampleSource, FileResult, SkippedFunction, SourceFile } from './types';

/**
 * The parse strategy: `scan` leaves out what cannot become an example
 * before parsing, `full` parses the whole file. Both give the same examples.
 */
export type ParseStrategy = 'scan' | 'full';

/**
 * Above this many characters left to parse, a file is parsed in batches of
 * about this size, so that the parser's memory (about 65 bytes per character in Node)
 * stays bounded however large the file.
 */
export const PARSE_BATCH_CHARACTERS = 1_000_000;

/**
 * The maximum number of examples taken from one file, and kept by one build.
 * An example takes about 2.4 KB of memory in the CLI, so this bounds what a
 * file of nothing but eligible functions can take.
 */
export const MAX_EXAMPLES = 250_000;

/** Settings for parsing one file and the number of examples it may give. Tests set smaller values. */
export interface ExtractLimits {
  strategy?: ParseStrategy;
  batchCharacters?: number;
  maxExamples?: number;
}

/** Decode one Python file, parse it and build an example from each eligible top-level function. */
export function extractFile(parser: Parser, file: SourceFile, options: BuildOptions, limits: ExtractLimits = {}): FileResult {
  const { strategy = 'scan', batchCharacters = PARSE_BATCH_CHARACTERS, maxExamples = MAX_EXAMPLES } = limits;
  const result: FileResult = { examples: [], skipped: [], functions: 0, readable: false, problem: null };
  const where = describeFile(file);
  const decoded = decodeSource(file.bytes, where);
  if ('error' in decoded) {
    result.problem = { archive: file.archive, path: file.path, message: decoded.error };
    return result;
  }

  const text = decoded.text;
  result.readable = true;
  const plan = strategy === 'scan' ? planParse(text, options) : null;
  const skipped: Array<{ start: number; skip: SkippedFunction }> = [];
  const reportError = (line: number | null) => {
    if (line === null || result.problem !== null) return;
    const message = `${where} could not be parsed: syntax error at line ${line}. Only its functions that parse are read.`;
    result.problem = { archive: file.archive, path: file.path, message };
  };
  const reportNoTree = () => {
    result.problem ??= { archive: file.archive, path: file.path, message: `${where} could not be parsed.` };
  };
  let capped = false;
  const judgeFunctions = (root: Node, moduleBindings: ModuleBindings) => {
    for (const statement of root.namedChildren) {
      const definition = statement === null ? null : topLevelFunction(statement);
      if (statement === null || definition === null) continue;
      if (capped) break;
      if (result.examples.length >= maxExamples) {
        capped = true;
        const line = statement.startPosition.row + 1;
        const message = `${where} reached ${maxExamples.toLocaleString('en-US')} examples, the maximum for one file; its functions from line ${line} on were not read.`;
        result.problem = { archive: file.archive, path: file.path, message };
        break;
      }

      result.functions++;
      const facts = analyseFunction(text, statement, definition);
      const source: ExampleSource = {
        archive: file.archive,
        path: file.path,
        line: statement.startPosition.row + 1,
        function: facts.name,
      };
      const outcome = judge(facts, moduleBindings, options);
      if ('reason' in outcome) {
        skipped.push({ start: statement.startIndex, skip: { source, reason: outcome.reason, detail: outcome.detail } });
        continue;
      }
      const swap = choosePair(outcome.allowed, options.seed, source);
      const example = buildExample(text, facts, outcome.docstring, outcome.allowed, swap, source);
      for (const module of moduleBindings.starImports) {
        example.warnings.push(`${file.path} has "from ${module} import *", which may rebind ${swap[0]} or ${swap[1]}.`);
      }
      result.examples.push(example);
    }
  };

  const batches = plan === null ? null : batchPlan(text, plan, batchCharacters);
  if (batches === null) {
    // With no range left, the file contains no statement to parse.
    if (plan === null || plan.ranges.length > 0) {
      const parsed = withTree(parser, text, plan?.ranges, (root) => {
        reportError(findModuleLevelError(root));
        const moduleBindings = collectModuleBindings(root, text);
        for (const name of plan?.blankedNames ?? []) moduleBindings.names.add(name);
        judgeFunctions(root, moduleBindings);
      });
      if (!parsed) {
        reportNoTree();
        return result;
      }
    }
  } else {
    // Module-level code first, since a binding anywhere in the module counts for every function.
    const collector = new ModuleBindingsCollector(text);
    for (const ranges of batches.module) {
      const parsed = withTree(parser, text, ranges, (root) => {
        reportError(findModuleLevelError(root));
        collector.add(root);
      });
      if (!parsed) reportNoTree();
    }
    const moduleBindings = collector.bindings;
    for (const name of [...plan!.blankedNames, ...batches.functionNames]) moduleBindings.names.add(name);
    for (const ranges of batches.functions) {
      const parsed = withTree(parser, text, ranges, (root) => judgeFunctions(root, moduleBindings));
      if (!parsed) reportNoTree();
    }
  }

  if (plan !== null) {
    result.functions += plan.skipped.length;
    const lines = lineCounter(text);
    for (const { start, name, reason, detail } of plan.skipped) {
      const source = { archive: file.archive, path: file.path, line: lines(start), function: name };
      skipped.push({ start, skip: { source, reason, detail } });
    }
  }
  result.skipped = skipped.sort((a, b) => a.start - b.start).map((entry) => entry.skip);
  return result;
}

// Parse `ranges` of `text` (all of it when undefined), read the tree and
// delete it. Returns false when the parser gives no tree.
function withTree(parser: Parser, text: string, ranges: Range[] | undefined, read: (root: Node) => void): boolean {
  const tree = parser.parse(text, null, ranges === undefined ? undefined : { includedRanges: ranges });
  if (tree === null) return false;
  try {
    read(tree.rootNode);
  } finally {
    tree.delete();
  }
  return true;
}

// Statements that continue the compound statement before them at column 0.
const CONTINUATION = /^(?:else|elif|except|finally)\b/;

interface Batches {
  /** Module-level code, parsed for its bindings and syntax errors. */
  module: Range[][];
  /** Candidate functions, parsed to judge them. */
  functions: Range[][];
  /** Names of the candidate functions, which the module binds. */
  functionNames: string[];
}

// Split a large plan into batches of about `limit` characters, or return null
// when the plan is small enough to parse at once. Module-level code is split
// only before a statement that does not continue the one before it. A function
// with := in its decorators can bind a module name, so it also joins the
// module batches.
function batchPlan(text: string, plan: ParsePlan, limit: number): Batches | null {
  let total = 0;
  for (const statement of plan.parsedStatements) total += statement.end - statement.start;
  if (total <= limit) return null;

  const group = (statements: ParsedStatement[], canSplitBefore: (statement: ParsedStatement) => boolean): Range[][] => {
    const groups: ParsedStatement[][] = [];
    let size = 0;
    for (const statement of statements) {
      if (groups.length === 0 || (size >= limit && canSplitBefore(statement))) {
        groups.push([]);
        size = 0;
      }
      groups[groups.length - 1].push(statement);
      size += statement.end - statement.start;
    }
    return groups.map((statements) => statementRanges(text, statements));
  };
  const moduleCode = plan.parsedStatements.filter((statement) => statement.kind === 'other' || text.slice(statement.start, statement.end).includes(':='));
  const functions = plan.parsedStatements.filter((statement) => statement.kind === 'def');
  return {
    module: group(moduleCode, (statement) => statement.kind === 'def' || !CONTINUATION.test(text.slice(statement.start, statement.start + 10))),
    functions: group(functions, () => true),
    functionNames: functions.map((statement) => statement.name),
  };
}

// Return a function giving the 1-based line of an offset; offsets must not decrease between calls.
function lineCounter(text: string): (offset: number) => number {
  let line = 1;
  let newline = text.indexOf('\n');
  return (offset) => {
    for (; newline !== -1 && newline < offset; newline = text.indexOf('\n', newline + 1)) line++;
    return line;
  };
}

// A function within the token limit can still hold a huge literal; no
// evaluation prompt needs more than this many characters.
const MAX_FUNCTION_CHARACTERS = 100_000;

type Judgement = Omit<SkippedFunction, 'source'> | { allowed: string[]; docstring: Node };

// Decide whether a function can become an example. The checks run in this
// order: form, names called, validity, docstring, length, names allowed. Names
// called come early because the scan decides that reason without a parse.
function judge(facts: FunctionFacts, moduleBindings: ModuleBindings, options: BuildOptions): Judgement {
  if (facts.isAsync) {
    return { reason: 'async', detail: `${facts.name} is an async function.` };
  }
  const kind = options.mode === 'builtins' ? 'builtins' : 'top-level names of its module';
  const called = candidateNames(facts, moduleBindings, options.mode);
  if (called.length < 2) {
    const list = called.length === 0 ? 'none' : called.join(', ');
    const reason = options.mode === 'builtins' ? 'few-builtins' : 'few-globals';
    return { reason, detail: `${facts.name} calls fewer than two ${kind} (${list}).` };
  }
  if (facts.notPython3 !== null) {
    return { reason: 'not-python-3', detail: `${facts.name} is not valid Python 3: ${facts.notPython3}.` };
  }

  const docstring = findDocstring(facts.statements[0]);
  if (docstring === null) {
    return { reason: 'no-docstring', detail: `${facts.name} has no docstring.` };
  }
  const next = facts.statements[1];
  if (next !== undefined && next.startPosition.row === docstring.endPosition.row) {
    return {
      reason: 'code-after-docstring',
      detail: `${facts.name} has code on the line where its docstring ends, so the body cannot start on a new line.`,
    };
  }

  if (facts.tokens > options.maxTokens) {
    return {
      reason: 'too-long',
      detail: `${facts.name} has ${facts.tokens} tokens, more than the limit of ${options.maxTokens}.`,
    };
  }
  const characters = facts.node.endIndex - facts.node.startIndex;
  if (characters > MAX_FUNCTION_CHARACTERS) {
    return {
      reason: 'too-long',
      detail: `${facts.name} has ${characters} characters, more than the limit of ${MAX_FUNCTION_CHARACTERS}.`,
    };
  }

  const refused = refusedNames(called, facts, moduleBindings, options.mode);
  const allowed = called.filter((name) => !refused.has(name));
  if (allowed.length < 2) {
    const reasons = called.filter((name) => refused.has(name)).map((name) => `${name} (${refused.get(name)})`);
    return {
      reason: 'few-swappable',
      detail: `${facts.name} has fewer than two ${kind} that can be swapped; refused: ${reasons.join(', ')}.`,
    };
  }
  return { allowed, docstring };
}

// Return the 1-based line of the first syntax error outside top-level
// functions, or null. Errors inside a function only skip that function.
function findModuleLevelError(root: Node): number | null {
  if (!root.hasError) return null;
  for (const statement of root.children) {
    if (statement === null || !(statement.hasError || statement.isMissing)) continue;
    if (topLevelFunction(statement) !== null) continue;
    return firstErrorLine(statement);
  }
  return null;
}

function firstErrorLine(start: Node): number {
  let node = start;
  for (;;) {
    if (node.type === 'ERROR' || node.isMissing) return node.startPosition.row + 1;
    const next = node.children.find((child) => child !== null && (child.hasError || child.isMissing || child.type === 'ERROR'));
    if (next === undefined || next === null) return node.startPosition.row + 1;
    node = next;
  }
}

// A docstring is a first statement that is a plain string literal: no f-, b-
// or t-prefix on any part of an implicitly concatenated string.
function findDocstring(first: Node | undefined): Node | null {
  if (first === undefined || first.type !== 'expression_statement' || first.namedChildCount !== 1) return null;
  const literal = first.namedChild(0);
  if (literal === null) return null;
  const parts = literal.type === 'concatenated_string' ? literal.namedChildren : [literal];
  const plain = parts.every((part) => part !== null && part.type === 'string' && !/[fFbBtT]/.test(stringPrefix(part)));
  return plain ? first : null;
}

function stringPrefix(literal: Node): string {
  const start = literal.child(0);
  return start === null ? '' : start.text.replace(/["']+$/, '');
}
