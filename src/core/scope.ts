import type { Node } from 'web-tree-sitter';

/**
 * What an identifier does where it stands:
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

// Constructs whose names are all treated as bindings. Imports bind their
// names and match patterns capture names; refusing every name in them is
// simpler than telling captures from loads, and only costs a few candidates.
const BINDING_CONTEXTS = new Set(['import_statement', 'import_from_statement', 'future_import_statement', 'case_pattern']);

// Where the search for a binding context stops: the enclosing statement or scope.
const CONTEXT_BOUNDARIES = new Set(['block', 'module', 'function_definition', 'class_definition', 'lambda']);

/** Classify an `identifier` node. */
export function classifyIdentifier(node: Node): IdentifierRole {
  const parent = node.parent;
  if (parent === null) return 'reference';

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
  if (isInBindingContext(parent)) return 'binding';
  return 'reference';
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

function isInBindingContext(start: Node): boolean {
  let child: Node | null = null;
  for (let node: Node | null = start; node !== null; child = node, node = node.parent) {
    if (BINDING_CONTEXTS.has(node.type)) return true;
    // PEP 695: `type X[T] = ...` binds X and T; `def f[T]()` and `class C[T]` bind T.
    if (node.type === 'type_alias_statement') return child !== null && isField(node, 'left', child);
    if (node.type === 'function_definition' || node.type === 'class_definition') {
      return child !== null && isField(node, 'type_parameters', child);
    }
    if (CONTEXT_BOUNDARIES.has(node.type) || node.type.endsWith('_statement')) return false;
  }
  return false;
}

function isField(parent: Node, field: string, child: Node): boolean {
  const value = parent.childForFieldName(field);
  return value !== null && value.startIndex === child.startIndex && value.endIndex === child.endIndex;
}
