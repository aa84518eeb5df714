import type { Language, Node, TreeCursor } from 'web-tree-sitter';

/**
 * The role of an identifier at its position:
 * - `reference`: a load of the name, renamed by a swap;
 * - `binding`: the name is bound there (or could be, in the forms treated
 *   conservatively), so the name must not be swapped;
 * - `label`: an attribute name or keyword-argument name, never renamed.
 */
export type IdentifierRole = 'reference' | 'binding' | 'label';

/** A node on the path from the walk's root to the current node. */
export interface PathEntry {
  type: string;
  /** The field this node fills in its parent, or null. */
  field: string | null;
  start: number;
  end: number;
  /** Whether the node is named (not a keyword or punctuation token). */
  named: boolean;
  /** Position among the parent's named children, or -1 for an anonymous node. */
  namedIndex: number;
  /** Named children visited so far. */
  namedChildren: number;
  /** Set on a function_definition whose first token is `async`. */
  isAsync: boolean;
  /** Opening brackets among the children visited so far, less the closing ones. */
  openBrackets: number;
}

// Nodes that bind every identifier directly inside them.
const BINDING_PARENTS = new Set([
  'parameters',
  'lambda_parameters',
  'typed_parameter',
  'list_splat_pattern',
  'dictionary_splat_pattern',
  'global_statement',
  'nonlocal_statement',
  'as_pattern_target',
]);

// Nodes through which an assignment target passes on its way to the statement.
const TARGET_CONTAINERS = new Set([
  'pattern_list',
  'tuple_pattern',
  'list_pattern',
  'tuple',
  'list',
  'parenthesized_expression',
  'expression_list',
  'list_splat_pattern',
  'list_splat',
  'parenthesized_list_splat',
]);

// Statement fields whose identifiers are assignment targets.
const TARGET_FIELDS: Record<string, string> = {
  assignment: 'left',
  augmented_assignment: 'left',
  for_statement: 'left',
  for_in_clause: 'left',
  named_expression: 'name',
};

// Imports bind their names. Refusing every name in an import statement, the
// module path included, is simpler than telling them apart and costs nothing:
// a builtin's name in a module path is rare.
const IMPORTS = new Set(['import_statement', 'import_from_statement', 'future_import_statement']);

// Node types that end the search for an enclosing construct: statements and scopes.
const CONTEXT_BOUNDARIES = new Set(['block', 'module', 'function_definition', 'class_definition', 'lambda']);

/**
 * Visit every node below `root`, anonymous ones included, with the path of
 * nodes from `root` down to it. The walk uses a cursor and an explicit path,
 * never `Node.parent` or recursion, so deep nesting costs neither stack nor
 * quadratic time. `visit` returns false to skip the node's children.
 *
 * Every cursor property is a call into WebAssembly, so each is read once here
 * and visitors read the path's last entry instead of the cursor.
 */
export function walkTree(root: Node, visit: (path: PathEntry[], cursor: TreeCursor) => boolean | void): void {
  const cursor = root.walk();
  const language = root.tree.language;
  const path: PathEntry[] = [];
  const enter = (): boolean => {
    const parent = path[path.length - 1];
    const typeId = cursor.nodeTypeId;
    const type = language.types[typeId] || 'ERROR';
    const named = isNamedType(language, typeId);
    if (type === 'async' && parent !== undefined && parent.type === 'function_definition') parent.isAsync = true;
    path.push({
      type,
      field: language.fields[cursor.currentFieldId] ?? null,
      start: cursor.startIndex,
      end: cursor.endIndex,
      named,
      namedIndex: named && parent !== undefined ? parent.namedChildren++ : -1,
      namedChildren: 0,
      isAsync: false,
      openBrackets: 0,
    });
    return visit(path, cursor) !== false;
  };

  try {
    let descend = enter();
    for (;;) {
      if (descend && cursor.gotoFirstChild()) {
        descend = enter();
        continue;
      }
      // Leave the current node: move to its next sibling, or climb until one exists.
      for (;;) {
        path.pop();
        if (cursor.gotoNextSibling()) {
          descend = enter();
          break;
        }
        if (!cursor.gotoParent()) return;
      }
    }
  } finally {
    cursor.delete();
  }
}

const namedTypes = new WeakMap<Language, boolean[]>();

// Whether nodes of this type are named, read from the grammar once per type.
function isNamedType(language: Language, typeId: number): boolean {
  let named = namedTypes.get(language);
  if (named === undefined) {
    named = [];
    namedTypes.set(language, named);
  }
  named[typeId] ??= language.nodeTypeIsNamed(typeId);
  return named[typeId];
}

/** Classify the identifier at the end of `path`; `text` is the parsed source. */
export function classifyIdentifier(path: PathEntry[], text: string): IdentifierRole {
  const last = path.length - 1;
  const node = path[last];
  const parent = path[last - 1];
  if (parent === undefined) return 'reference';

  const context = enclosingConstruct(path, last - 1);
  if (context === 'binding') return 'binding';
  if (context === 'pattern') return classifyPatternName(path, text);

  switch (parent.type) {
    case 'attribute':
      return node.field === 'attribute' ? 'label' : 'reference';
    case 'keyword_argument':
      return node.field === 'name' ? 'label' : 'reference';
    case 'function_definition':
    case 'class_definition':
    case 'default_parameter':
    case 'typed_default_parameter':
      if (node.field === 'name') return 'binding';
      break;
    case 'delete_statement':
    case 'dotted_name':
    case 'aliased_import':
      return 'binding';
  }
  if (BINDING_PARENTS.has(parent.type)) return 'binding';
  if (isAssignmentTarget(path)) return 'binding';
  return 'reference';
}

// Names in a `case` pattern. A lone name captures (binds), except as the class
// of a class pattern (`case str():`), which is a load. A dotted name is a value
// pattern: its first part is a load and the rest are attribute names. Keyword
// names in class patterns (`case P(x=...)`) are attribute names. Star and `as`
// names capture.
function classifyPatternName(path: PathEntry[], text: string): IdentifierRole {
  const last = path.length - 1;
  const node = path[last];
  const parent = path[last - 1];
  if (parent.type === 'dotted_name') {
    if (text.slice(parent.start, parent.end).includes('.')) return node.namedIndex === 0 ? 'reference' : 'label';
    return path[last - 2]?.type === 'class_pattern' ? 'reference' : 'binding';
  }
  if (parent.type === 'keyword_pattern' && node.namedIndex === 0) return 'label';
  return 'binding';
}

function isAssignmentTarget(path: PathEntry[]): boolean {
  let index = path.length - 1;
  while (index > 0 && TARGET_CONTAINERS.has(path[index - 1].type)) index--;
  const parent = path[index - 1];
  if (parent === undefined) return false;
  if (parent.type === 'delete_statement' || parent.type === 'as_pattern_target') return true;
  const field = TARGET_FIELDS[parent.type];
  return field !== undefined && path[index].field === field;
}

// Find the construct around an identifier that decides its role on its own:
// an import or a PEP 695 type parameter ('binding'), or a match pattern.
function enclosingConstruct(path: PathEntry[], from: number): 'binding' | 'pattern' | null {
  for (let index = from; index >= 0; index--) {
    const type = path[index].type;
    const child = path[index + 1];
    if (IMPORTS.has(type)) return 'binding';
    if (type === 'case_pattern') return 'pattern';
    // PEP 695: `type X[T] = ...` binds X and T; `def f[T]()` and `class C[T]` bind T.
    if (type === 'type_alias_statement') return child.field === 'left' ? 'binding' : null;
    if (type === 'function_definition' || type === 'class_definition') {
      return child.field === 'type_parameters' ? 'binding' : null;
    }
    if (CONTEXT_BOUNDARIES.has(type) || type.endsWith('_statement')) return null;
  }
  return null;
}

/**
 * Return the name an identifier denotes. Python normalises identifiers to NFKC, so
 * `ｌｅｎ` (fullwidth) is `len`.
 */
export function identifierName(text: string): string {
  return /^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFKC');
}
