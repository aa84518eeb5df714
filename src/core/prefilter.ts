import type { Range } from 'web-tree-sitter';
import { PYTHON_BUILTINS } from './builtins';
import { codeOutsideStrings, scanTopLevel } from './layout';
import { identifierName } from './scope';
import type { BuildOptions, SkipReason } from './types';

/** A top-level function decided without parsing it. */
export interface SkippedUnparsed {
  start: number;
  name: string;
  reason: SkipReason;
  detail: string;
}

/** The parts of a file to parse, and the functions decided without parsing. */
export interface ParsePlan {
  /** The parts of the source to parse: all but classes and functions that cannot become examples. */
  ranges: Range[];
  /** Top-level functions in the file, parsed or not. */
  functions: number;
  skipped: SkippedUnparsed[];
  /** Names of the blanked `def` and `class` statements, which the module binds. */
  blankedNames: string[];
  /** The statements left in the parse, in order: candidate functions and module-level code. */
  parsedStatements: ParsedStatement[];
}

/** A top-level statement that is parsed. */
export interface ParsedStatement {
  kind: 'def' | 'other';
  /** The function's name, for a `def`. */
  name: string;
  start: number;
  end: number;
}

// A bare name followed by "(", allowing the spaces, line continuations and
// comments that Python allows between a callee and its arguments, but not the
// name in a `def` or `class` header. It finds every call by bare name and
// more, never fewer.
const BARE_CALL = /(?<![\w.])(?<!\b(?:def|class)\s+)([A-Za-z_][A-Za-z0-9_]*)(?:\s|\\\n|#[^\n]*\n)*\(/g;

/**
 * Plan the parse of a file: classes and top-level functions that cannot become
 * examples are replaced by spaces (newlines kept), so that tree-sitter parses
 * only module-level statements and candidate functions, at their original
 * offsets. Returns null when the file must be parsed whole.
 */
export function planParse(text: string, options: BuildOptions): ParsePlan | null {
  const statements = scanTopLevel(text);
  if (statements === null) return null;

  const plan: ParsePlan = { ranges: [], functions: 0, skipped: [], blankedNames: [], parsedStatements: [] };
  const blanked: Array<[number, number]> = [];
  for (const statement of statements) {
    const name = identifierName(statement.name ?? '');
    // A walrus in a decorator, base or default binds a module name, so such a statement is parsed.
    const hasWalrus = statement.kind !== 'other' && text.slice(statement.start, statement.end).includes(':=');
    if (statement.kind === 'class' && hasWalrus) {
      plan.parsedStatements.push({ kind: 'other', name: '', start: statement.start, end: statement.end });
      continue;
    }
    if (statement.kind === 'class') {
      blanked.push([statement.start, statement.end]);
      if (name !== '') plan.blankedNames.push(name);
      continue;
    }
    if (statement.kind === 'other') {
      const targets = unparsedBindings(text, statement.start, statement.end);
      if (targets !== null) {
        blanked.push([statement.start, statement.end]);
        for (const target of targets) plan.blankedNames.push(target);
      } else {
        plan.parsedStatements.push({ kind: 'other', name: '', start: statement.start, end: statement.end });
      }
      continue;
    }

    plan.functions++;
    if (statement.kind === 'async def') {
      plan.skipped.push({ start: statement.start, name, reason: 'async', detail: `${name} is an async function.` });
    } else if (hasWalrus) {
      plan.parsedStatements.push({ kind: 'def', name, start: statement.start, end: statement.end });
      continue;
    } else if (options.mode === 'builtins') {
      const called = lexicalBuiltinCalls(text, statement.start, statement.end);
      if (called === null || called.length >= 2) {
        plan.parsedStatements.push({ kind: 'def', name, start: statement.start, end: statement.end });
        continue;
      }
      const list = called.length === 0 ? 'none' : called.join(', ');
      plan.skipped.push({ start: statement.start, name, reason: 'few-builtins', detail: `${name} calls fewer than two builtins (${list}).` });
    } else {
      plan.parsedStatements.push({ kind: 'def', name, start: statement.start, end: statement.end });
      continue;
    }
    blanked.push([statement.start, statement.end]);
    plan.blankedNames.push(name);
  }

  // With no candidate function left, the module's bindings do not matter.
  const candidates = plan.functions - plan.skipped.length;
  if (candidates === 0 && options.mode === 'builtins') {
    plan.parsedStatements = [];
  } else {
    plan.ranges = keptRanges(text, blanked);
  }
  return plan;
}

/**
 * Return the ranges that cover the given statements, in order, merging
 * neighbours. Statements start and end at line starts, so every column is 0
 * except at the end of the text.
 */
export function statementRanges(text: string, statements: Array<{ start: number; end: number }>): Range[] {
  const spans: Array<[number, number]> = [];
  for (const { start, end } of statements) {
    const last = spans[spans.length - 1];
    if (last !== undefined && last[1] === start) last[1] = end;
    else spans.push([start, end]);
  }
  const ranges: Range[] = [];
  let row = 0;
  let newline = text.indexOf('\n');
  const pointAt = (offset: number) => {
    for (; newline !== -1 && newline < offset; newline = text.indexOf('\n', newline + 1)) row++;
    return { row, column: offset - (text.lastIndexOf('\n', offset - 1) + 1) };
  };
  for (const [start, end] of spans) ranges.push({ startIndex: start, endIndex: end, startPosition: pointAt(start), endPosition: pointAt(end) });
  return ranges;
}

// `NAME = NAME = value`, where the value contains no walrus, binds only the names
// before the last "=": such statements (often large data tables) need no parse.
const ASSIGNED_NAME = /[A-Za-z_][A-Za-z0-9_]*[ \t]*=(?!=)[ \t]*/y;

// An "=" that is not part of a comparison. Keyword arguments match too, so
// such statements are parsed, which is slower but never wrong.
const ANOTHER_ASSIGNMENT = /(?<![=!<>])=(?!=)/;

// A statement of string literals alone, such as a module docstring, binds nothing.
const STRINGS_ONLY = /^[\s\\()]*(?:[rRuUbB]{0,2}S[\s\\()]*)+$/;
const STRING_START = /^[\s\\(]*[rRuUbB]{0,2}["']/;

// Return the names a statement binds when that is clear without a parse: a
// simple assignment or a statement of string literals. Returns null when the
// statement is anything else and must be parsed.
function unparsedBindings(text: string, start: number, end: number): string[] | null {
  const names: string[] = [];
  let at = start;
  for (;;) {
    ASSIGNED_NAME.lastIndex = at;
    const match = ASSIGNED_NAME.exec(text);
    if (match === null || ASSIGNED_NAME.lastIndex > end) break;
    names.push(match[0].slice(0, match[0].search(/[ \t=]/)));
    at = ASSIGNED_NAME.lastIndex;
  }
  if (names.length === 0 && !STRING_START.test(text.slice(start, start + 20))) return null;
  const value = codeOutsideStrings(text, at, end);
  if (value === null) return null;
  if (names.length === 0) return STRINGS_ONLY.test(value) ? [] : null;
  // A walrus binds more names, after ";" another statement may bind anything,
  // and another "=" makes more targets: `X = (len) = 3`, `a = b, c = 1, 2`.
  if (
    value.includes(':=') ||
    value.includes(';') ||
    ANOTHER_ASSIGNMENT.test(value) ||
    /^\s*$/.test(value) ||
    /[^\x00-\x7f]/.test(text.slice(start, at))
  ) {
    return null;
  }
  return names;
}

// Return the builtins that look called in the code of text[start, end), outside
// strings and comments, sorted. Returns null for non-ASCII text, because Python
// normalises non-ASCII identifiers.
function lexicalBuiltinCalls(text: string, start: number, end: number): string[] | null {
  const slice = text.slice(start, end);
  if (/[^\x00-\x7f]/.test(slice)) return null;
  const code = codeOutsideStrings(text, start, end) ?? slice;
  const names = new Set<string>();
  for (const match of code.matchAll(BARE_CALL)) {
    if (PYTHON_BUILTINS.has(match[1])) names.add(match[1]);
  }
  return [...names].sort();
}

// The ranges between the left-out regions, with positions. Regions start and
// end at line starts, so every column is 0 except at the end of the text.
function keptRanges(text: string, leftOut: Array<[number, number]>): Range[] {
  const ranges: Range[] = [];
  let row = 0;
  let newline = text.indexOf('\n');
  const rowAt = (offset: number) => {
    for (; newline !== -1 && newline < offset; newline = text.indexOf('\n', newline + 1)) row++;
    return row;
  };
  const pointAt = (offset: number) => {
    const line = rowAt(offset);
    return { row: line, column: offset - (text.lastIndexOf('\n', offset - 1) + 1) };
  };

  let from = 0;
  for (const [start, end] of [...leftOut, [text.length, text.length] as [number, number]]) {
    if (start > from) ranges.push({ startIndex: from, endIndex: start, startPosition: pointAt(from), endPosition: pointAt(start) });
    from = end;
  }
  return ranges;
}
