import type { Node } from 'web-tree-sitter';

/**
 * What an identifier does at its position:
 * - `reference`: a load of the name, renamed by a swap;
 * - `binding`: the name is bound there (or could be, in the forms treated
 *   conservatively), so the name must not be swapped;
 * - `label`: an attribute name or keyword-argument name, never renamed.
 */
export type IdentifierRole = 'reference' | 'binding' | 'label';

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

/** Classify an `identifier` node. */
export function classifyIdentifier(node: Node): IdentifierRole {
  const parent = node.parent;
  if (parent === null) return 'reference';

  const context = enclosingConstruct(parent);
  if (context === 'binding') return 'binding';
  if (context === 'pattern') return classifyPatternName(node, parent);

  switch (parent.type) {
    case 'attribute':
      return isField(parent, 'attribute', node) ? 'label' : 'reference';
    case 'keyword_argument':
      return isField(parent, 'name', node) ? 'label' : 'reference';
    case 'function_definition':
    case 'class_definition':
    case 'default_parameter':
    case 'typed_default_parameter':
      if (isField(parent, 'name', node)) return 'binding';
      break;
    case 'delete_statement':
    case 'dotted_name':
    case 'aliased_import':
      return 'binding';
  }
  if (BINDING_PARENTS.has(parent.type)) return 'binding';
  if (isAssignmentTarget(node)) return 'binding';
  return 'reference';
}

// Names in a `case` pattern. A lone name captures (binds), except as the class
// of a class pattern (`case str():`), which is a load. A dotted name is a value
// pattern: its first part is a load and the rest are attribute names. Keyword
// names in class patterns (`case P(x=...)`) are attribute names. Star and `as`
// names capture.
function classifyPatternName(node: Node, parent: Node): IdentifierRole {
  if (parent.type === 'dotted_name') {
    if (parent.namedChildCount > 1) {
      return parent.namedChild(0)?.startIndex === node.startIndex ? 'reference' : 'label';
    }
    return parent.parent?.type === 'class_pattern' ? 'reference' : 'binding';
  }
  if (parent.type === 'keyword_pattern' && parent.namedChild(0)?.startIndex === node.startIndex) return 'label';
  return 'binding';
}

function isAssignmentTarget(node: Node): boolean {
  let child = node;
  let parent = node.parent;
  while (parent !== null && TARGET_CONTAINERS.has(parent.type)) {
    child = parent;
    parent = parent.parent;
  }
  if (parent === null) return false;
  if (parent.type === 'delete_statement' || parent.type === 'as_pattern_target') return true;
  const field = TARGET_FIELDS[parent.type];
  return field !== undefined && isField(parent, field, child);
}

// Find the construct around an identifier that decides its role on its own:
// an import or a PEP 695 type parameter ('binding'), or a match pattern.
function enclosingConstruct(start: Node): 'binding' | 'pattern' | null {
  let child: Node | null = null;
  for (let node: Node | null = start; node !== null; child = node, node = node.parent) {
    const type = node.type;
    if (IMPORTS.has(type)) return 'binding';
    if (type === 'case_pattern') return 'pattern';
    // PEP 695: `type X[T] = ...` binds X and T; `def f[T]()` and `class C[T]` bind T.
    if (type === 'type_alias_statement') return child !== null && isField(node, 'left', child) ? 'binding' : null;
    if (type === 'function_definition' || type === 'class_definition') {
      return child !== null && isField(node, 'type_parameters', child) ? 'binding' : null;
    }
    if (CONTEXT_BOUNDARIES.has(type) || type.endsWith('_statement')) return null;
  }
  return null;
}

function isField(parent: Node, field: string, child: Node): boolean {
  const value = parent.childForFieldName(field);
  return value !== null && value.startIndex === child.startIndex && value.endIndex === child.endIndex;
}
