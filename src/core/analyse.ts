import type { Node, TreeCursor } from 'web-tree-sitter';
import { classifyIdentifier } from './scope';
import type { Span } from './types';

/** What one top-level function contains, as far as choosing a swap needs. */
export interface FunctionFacts {
  name: string;
  /** The `function_definition`, or the `decorated_definition` around it. */
  node: Node;
  isAsync: boolean;
  /** Why the function is not valid Python 3, or null when it is. */
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
  /** Text of the string literals in the body after the docstring. */
  strings: string[];
  /** Whitespace-separated tokens of the function's text, comments left out. */
  tokens: number;
}

// Python 2 statements that tree-sitter-python accepts without an error node.
const PYTHON2_NODES: Record<string, string> = {
  print_statement: 'a Python 2 print statement',
  exec_statement: 'a Python 2 exec statement',
  '<>': 'the Python 2 operator <>',
};

// Describe a Python 2 construct at the cursor, or return null. tree-sitter-python
// parses these without error nodes, but Python 3 rejects them.
function findPython2(cursor: TreeCursor): string | null {
  const type = cursor.nodeType;
  if (Object.hasOwn(PYTHON2_NODES, type)) return `it contains ${PYTHON2_NODES[type]}`;
  if (type === 'string_start') {
    const start = cursor.nodeText;
    if (start.startsWith('`')) return 'it contains a Python 2 backtick expression';
    if (/^[rR][uU]|^[uU][rR]/.test(start)) return `it contains the Python 2 string prefix ${start.replace(/["']+$/, '')}`;
  } else if (type === 'integer') {
    const digits = cursor.nodeText;
    if (/^0[\d_]+$/.test(digits) && /[1-9]/.test(digits)) return `it contains the Python 2 octal literal ${digits}`;
    if (/^[\d_]+[lL]$|^0[xXoObB][\da-fA-F_]+[lL]$/.test(digits)) return `it contains the Python 2 long literal ${digits}`;
  } else if (type === 'except_clause') {
    const clause = cursor.currentNode;
    if (clause.children.some((child) => child?.type === ',')) return 'it contains a Python 2 except clause (except E, name)';
  }
  return null;
}

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
    name: definition.childForFieldName('name')?.text ?? '',
    node: statement,
    isAsync: definition.child(0)?.type === 'async',
    notPython3: statement.hasError ? 'its parse contains syntax errors' : null,
    statements: body === null ? [] : body.namedChildren.filter((child) => child !== null && child.type !== 'comment') as Node[],
    calledNames: new Set(),
    headerNames: new Set(),
    boundNames: new Set(),
    references: new Map(),
    strings: [],
    tokens: 0,
  };
  const comments: Span[] = [];
  const bodyStart = body?.startIndex ?? statement.endIndex;
  const nameNode = definition.childForFieldName('name');
  // Strings in the first statement belong to the docstring, if there is one.
  const docstringEnd = facts.statements[0]?.endIndex ?? bodyStart;

  walk(statement, (cursor) => {
    const type = cursor.nodeType;
    if (type === 'comment') {
      comments.push({ start: cursor.startIndex, end: cursor.endIndex });
    } else if (cursor.startIndex < bodyStart) {
      if (type === 'identifier' && cursor.startIndex !== nameNode?.startIndex) {
        recordHeaderIdentifier(facts, cursor.currentNode);
      }
    } else if (type === 'identifier') {
      recordIdentifier(facts, cursor.currentNode);
    } else if (type === 'call') {
      recordCall(facts, cursor.currentNode);
    } else if (type === 'string_content') {
      if (cursor.startIndex >= docstringEnd) facts.strings.push(cursor.nodeText);
    } else if (facts.notPython3 === null) {
      facts.notPython3 = findPython2(cursor);
    }
  });

  facts.tokens = countTokens(text, statement.startIndex, statement.endIndex, comments);
  return facts;
}

// Parameter names bind in the function; every other name in the header runs
// at module level when the `def` statement executes.
function recordHeaderIdentifier(facts: FunctionFacts, node: Node): void {
  if (classifyIdentifier(node) === 'binding') facts.boundNames.add(node.text);
  else facts.headerNames.add(node.text);
}

function recordIdentifier(facts: FunctionFacts, node: Node): void {
  const role = classifyIdentifier(node);
  if (role === 'binding') {
    facts.boundNames.add(node.text);
  } else if (role === 'reference') {
    const spans = facts.references.get(node.text);
    const span = { start: node.startIndex, end: node.endIndex };
    if (spans === undefined) facts.references.set(node.text, [span]);
    else spans.push(span);
  }
}

function recordCall(facts: FunctionFacts, node: Node): void {
  const callee = node.childForFieldName('function');
  if (callee !== null && callee.type === 'identifier') facts.calledNames.add(callee.text);
}

// Visit every node below `root`, anonymous ones included, without recursion,
// so deeply nested expressions cannot overflow the stack.
// The cursor is confined to `root`: it cannot move to root's siblings or parent.
function walk(root: Node, visit: (cursor: TreeCursor) => void): void {
  const cursor = root.walk();
  try {
    let descending = true;
    for (;;) {
      if (descending) {
        visit(cursor);
        if (cursor.gotoFirstChild()) continue;
      }
      if (cursor.gotoNextSibling()) {
        descending = true;
        continue;
      }
      if (!cursor.gotoParent()) return;
      descending = false;
    }
  } finally {
    cursor.delete();
  }
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
