import type { Node } from 'web-tree-sitter';
import { classifyIdentifier, identifierName, walkTree, type PathEntry } from './scope';
import type { Span } from './types';

/** The facts about one top-level function that choosing a swap needs. */
export interface FunctionFacts {
  name: string;
  /** The `function_definition`, or the `decorated_definition` around it. */
  node: Node;
  isAsync: boolean;
  /** The reason the function is not valid Python 3, or null when it is. */
  notPython3: string | null;
  /** Statements of the body, comments left out. */
  statements: Node[];
  /** Names called as `name(...)` in the body. */
  calledNames: Set<string>;
  /** Names used in the decorators, defaults and annotations, which run at module level. */
  headerNames: Set<string>;
  /** Names bound anywhere in the function, parameters included, at any depth. */
  boundNames: Set<string>;
  /** Every renameable occurrence in the body, by name. */
  references: Map<string, Span[]>;
  /** Names inside f-string fields with a `=` specifier, which print their own source text. */
  printedNames: Set<string>;
  /** Text of the string literals in the body after the docstring. */
  strings: string[];
  /** Text of the string literals in the decorators, defaults and annotations (string annotations name types). */
  headerStrings: string[];
  /** Whitespace-separated tokens of the function's text, comments left out. */
  tokens: number;
  /**
   * Whether a statement such as `type(x).y = 1` reads as a type alias: the
   * parse then holds no reference for that `type`, so `type` is not swapped.
   */
  misreadTypeAlias: boolean;
}

// Python 2 statements that tree-sitter-python accepts without an error node.
const PYTHON2_NODES: Record<string, string> = {
  print_statement: 'it contains a Python 2 print statement',
  exec_statement: 'it contains a Python 2 exec statement',
  '<>': 'it contains the Python 2 operator <>',
};

// CPython's tokenizer rejects brackets nested deeper than this (MAXLEVEL in Parser/tokenizer.h).
const MAX_BRACKET_DEPTH = 200;

// A real PEP 695 alias names its type right after the soft keyword:
// `type Name = ...` or `type Name[T] = ...`. Tree-sitter also reads
// `type(x).y = 1` as an alias, where Python parses a call to type.
const TYPE_ALIAS_START = /^type(?:[ \t\f]|\\\r?\n)+[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*(?:[ \t\f]|\\\r?\n)*[[=]/u;

const OPENING_BRACKETS = new Set(['(', '[', '{']);
const CLOSING_BRACKETS = new Set([')', ']', '}']);

/** Return the function defined by a top-level statement, or null if it defines none. */
export function topLevelFunction(statement: Node): Node | null {
  if (statement.type === 'function_definition') return statement;
  if (statement.type === 'decorated_definition') {
    const definition = statement.childForFieldName('definition');
    if (definition?.type === 'function_definition') return definition;
  }
  return null;
}

/** Gather the facts of a top-level function; `statement` is the def or its decorated form. */
export function analyseFunction(text: string, statement: Node, definition: Node): FunctionFacts {
  const body = definition.childForFieldName('body');
  const facts: FunctionFacts = {
    name: identifierName(definition.childForFieldName('name')?.text ?? ''),
    node: statement,
    isAsync: definition.child(0)?.type === 'async',
    notPython3: statement.hasError ? 'its parse contains syntax errors' : null,
    statements: body === null ? [] : (body.namedChildren.filter((child) => child !== null && child.type !== 'comment') as Node[]),
    calledNames: new Set(),
    headerNames: new Set(),
    boundNames: new Set(),
    references: new Map(),
    printedNames: new Set(),
    strings: [],
    headerStrings: [],
    tokens: 0,
    misreadTypeAlias: false,
  };
  const comments: Span[] = [];
  const printedFields: Span[] = [];
  const parameterLists = new Map<number, Set<string>>();
  const bodyStart = body?.startIndex ?? statement.endIndex;
  // Strings in the first statement belong to the docstring, if there is one.
  const docstringEnd = facts.statements[0]?.endIndex ?? bodyStart;
  const fail = (reason: string | null) => {
    if (facts.notPython3 === null) facts.notPython3 = reason;
  };

  walkTree(statement, (path) => {
    const { type, start, end } = path[path.length - 1];
    if (type === 'comment') {
      comments.push({ start, end });
    } else if (type === 'identifier') {
      recordIdentifier(facts, path, text, start < bodyStart, parameterLists);
    } else if (type === 'string_content') {
      if (start < bodyStart) facts.headerStrings.push(text.slice(start, end));
      else if (start >= docstringEnd) facts.strings.push(text.slice(start, end));
    } else if (type === 'type_alias_statement') {
      if (!TYPE_ALIAS_START.test(text.slice(start, start + 200))) facts.misreadTypeAlias = true;
    } else if (type === '=' && path[path.length - 2]?.type === 'interpolation') {
      const field = path[path.length - 2];
      printedFields.push({ start: field.start, end: field.end });
    } else if (OPENING_BRACKETS.has(type)) {
      path[path.length - 2].openBrackets++;
      // Each open bracket is a separate ancestor, so a shallow path cannot be too deep.
      if (path.length > MAX_BRACKET_DEPTH && bracketDepth(path) > MAX_BRACKET_DEPTH) {
        fail(`its brackets nest deeper than ${MAX_BRACKET_DEPTH} levels`);
      }
    } else if (CLOSING_BRACKETS.has(type)) {
      path[path.length - 2].openBrackets--;
    } else {
      fail(findPython2(path, text));
    }
  });

  for (const [name, spans] of facts.references) {
    if (spans.some((span) => printedFields.some((field) => span.start >= field.start && span.end <= field.end))) {
      facts.printedNames.add(name);
    }
  }
  facts.tokens = countTokens(text, statement.startIndex, statement.endIndex, comments);
  return facts;
}

// Parameter names bind in the function. Every other name in the header runs
// at module level when the `def` statement executes.
function recordIdentifier(
  facts: FunctionFacts,
  path: PathEntry[],
  text: string,
  inHeader: boolean,
  parameterLists: Map<number, Set<string>>,
): void {
  const node = path[path.length - 1];
  const parent = path[path.length - 2];
  const name = identifierName(text.slice(node.start, node.end));
  if (name === 'async' || name === 'await') {
    if (facts.notPython3 === null) facts.notPython3 = `it uses the keyword ${name} as a name`;
  }
  // The function's own name is reported separately.
  if (inHeader && path.length === 2 && node.field === 'name') return;
  if (inHeader && path.length === 3 && parent.type === 'function_definition' && node.field === 'name') return;

  const role = classifyIdentifier(path, text);
  if (role === 'binding') {
    checkRepeatedParameter(facts, path, name, parameterLists);
    facts.boundNames.add(name);
  } else if (inHeader) {
    facts.headerNames.add(name);
  } else if (role === 'reference') {
    const span = { start: node.start, end: node.end };
    const spans = facts.references.get(name);
    if (spans === undefined) facts.references.set(name, [span]);
    else spans.push(span);
    if (parent.type === 'call' && node.field === 'function') facts.calledNames.add(name);
  }
}

// Python rejects a parameter list that names one parameter twice. `lists`
// contains the names seen so far in each parameter list, by the list's offset.
function checkRepeatedParameter(facts: FunctionFacts, path: PathEntry[], name: string, lists: Map<number, Set<string>>): void {
  // A parameter's identifier is at most two levels below its list (default_parameter > identifier).
  for (let index = path.length - 2; index >= Math.max(0, path.length - 4); index--) {
    const type = path[index].type;
    if (type !== 'parameters' && type !== 'lambda_parameters') continue;
    const seen = lists.get(path[index].start) ?? new Set<string>();
    if (seen.has(name) && facts.notPython3 === null) facts.notPython3 = `it repeats the parameter name ${name}`;
    seen.add(name);
    lists.set(path[index].start, seen);
    return;
  }
}

// Count the brackets open around the end of `path`.
function bracketDepth(path: PathEntry[]): number {
  let depth = 0;
  for (const entry of path) depth += entry.openBrackets;
  return depth;
}

// Describe the construct at the end of `path` that Python 3 rejects although
// tree-sitter-python parses it without an error node, or return null.
function findPython2(path: PathEntry[], text: string): string | null {
  const node = path[path.length - 1];
  const type = node.type;
  const parent = path[path.length - 2];
  if (Object.hasOwn(PYTHON2_NODES, type)) return PYTHON2_NODES[type];
  switch (type) {
    case 'string_start': {
      const start = text.slice(node.start, node.end);
      if (start.startsWith('`')) return 'it contains a Python 2 backtick expression';
      if (/^[rR][uU]|^[uU][rR]/.test(start)) return `it contains the Python 2 string prefix ${start.replace(/["']+$/, '')}`;
      return null;
    }
    case 'integer': {
      const digits = text.slice(node.start, node.end);
      if (/^0[\d_]+$/.test(digits) && /[1-9]/.test(digits)) return `it contains the Python 2 octal literal ${digits}`;
      if (/^[\d_]+[lL]$|^0[xXoObB][\da-fA-F_]+[lL]$/.test(digits)) return `it contains the Python 2 long literal ${digits}`;
      return null;
    }
    case ',':
      if (parent?.type === 'except_clause') return 'it contains a Python 2 except clause (except E, name)';
      return null;
    case 'expression_list':
      return parent?.type === 'raise_statement' ? 'it contains a Python 2 raise statement (raise E, value)' : null;
    case 'tuple_pattern':
      return parent?.type === 'parameters' || parent?.type === 'lambda_parameters'
        ? 'it contains a Python 2 tuple parameter'
        : null;
    case 'await':
      return node.named && !insideAsyncFunction(path) ? 'it uses await outside an async function' : null;
    case 'async':
      if (parent?.type === 'for_statement' || parent?.type === 'with_statement') {
        return insideAsyncFunction(path) ? null : `it uses async ${parent.type === 'for_statement' ? 'for' : 'with'} outside an async function`;
      }
      return null;
    case 'break_statement':
    case 'continue_statement':
      return innermost(path, LOOPS, SCOPES) === null ? `it uses ${type.replace('_statement', '')} outside a loop` : null;
    case 'yield':
      return node.named && innermost(path, COMPREHENSIONS, SCOPES) !== null ? 'it uses yield inside a comprehension' : null;
    case 'list_splat_pattern':
      return parent?.type === 'assignment' && path[path.length - 1].field === 'left'
        ? 'it has a starred assignment target outside a list or tuple'
        : null;
    case 'call':
      return parent?.type === 'delete_statement' ? 'it deletes a function call' : null;
  }
  return null;
}

const LOOPS = new Set(['for_statement', 'while_statement']);
const COMPREHENSIONS = new Set(['list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression']);
const SCOPES = new Set(['function_definition', 'class_definition', 'lambda']);

// Return the type of the nearest ancestor in `wanted`, or null when a node in `stop` comes first.
function innermost(path: PathEntry[], wanted: Set<string>, stop: Set<string>): string | null {
  for (let index = path.length - 2; index >= 0; index--) {
    const type = path[index].type;
    if (wanted.has(type)) return type;
    if (stop.has(type)) return null;
  }
  return null;
}

// Whether the innermost function around the end of `path` is an `async def`.
function insideAsyncFunction(path: PathEntry[]): boolean {
  for (let index = path.length - 2; index >= 0; index--) {
    const type = path[index].type;
    if (type === 'lambda') return false;
    if (type === 'function_definition') return path[index].isAsync;
  }
  return false;
}

function countTokens(text: string, start: number, end: number, comments: Span[]): number {
  let count = 0;
  let from = start;
  for (const comment of [...comments].sort((a, b) => a.start - b.start)) {
    count += countWords(text.slice(from, comment.start));
    from = comment.end;
  }
  return count + countWords(text.slice(from, end));
}

function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}
