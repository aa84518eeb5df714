import type { Node } from 'web-tree-sitter';
import { classifyIdentifier, identifierName, walkTree } from './scope';

// Nodes whose bodies are scopes of their own: bindings inside them are not the module's.
const NESTED_SCOPES = new Set(['function_definition', 'class_definition', 'lambda']);

// `global NAME, NAME` anywhere in the file can rebind a module name from inside a
// function, also after `;`, across a backslash line continuation, or with
// non-ASCII names. Matches in strings and comments only refuse more names.
const NAME = String.raw`[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*`;
const SEPARATOR = String.raw`[ \t\f]*(?:\\\r?\n[ \t\f]*)?`;
const GLOBAL_STATEMENT = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.])global${SEPARATOR}[ \t\f]${SEPARATOR}(${NAME}(?:${SEPARATOR},${SEPARATOR}${NAME})*)`,
  'gu',
);

// Expression nodes, whose only bindings are walrus targets (comprehension
// targets are local to the comprehension).
const EXPRESSIONS = new Set([
  'call',
  'list',
  'tuple',
  'set',
  'dictionary',
  'string',
  'concatenated_string',
  'binary_operator',
  'boolean_operator',
  'comparison_operator',
  'unary_operator',
  'not_operator',
  'conditional_expression',
  'subscript',
  'attribute',
  'list_comprehension',
  'dictionary_comprehension',
  'set_comprehension',
  'generator_expression',
  'parenthesized_expression',
]);

// Parents whose expression children are targets: `del (a, b)`, `with x as (a, b)`.
const TARGET_PARENTS = new Set(['delete_statement', 'as_pattern_target']);

// Offsets of every ":=" in the text, in order; most files have none.
function walrusOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (let at = text.indexOf(':='); at !== -1; at = text.indexOf(':=', at + 2)) offsets.push(at);
  return offsets;
}

function containsOffset(offsets: number[], start: number, end: number): boolean {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsets[middle] < start) low = middle + 1;
    else high = middle;
  }
  return low < offsets.length && offsets[low] < end;
}

/** The names the module itself binds, as far as swapping is concerned. */
export interface ModuleBindings {
  /** Names bound at module level; a builtin rebound there is not the builtin. */
  names: Set<string>;
  /** Modules imported with `from MODULE import *`, which may rebind any name. */
  starImports: string[];
  /** Names declared `global` in some function, which may rebind them while the program runs. */
  declaredGlobal: Set<string>;
}

/**
 * Collect the names the module itself binds: top-level assignments, imports,
 * `def` and `class` names, loop and `with` targets, and names declared
 * `global` in any function.
 */
export function collectModuleBindings(root: Node, text: string): ModuleBindings {
  const collector = new ModuleBindingsCollector(text);
  collector.add(root);
  return collector.bindings;
}

/**
 * Collects the module's bindings from several parses of parts of one file,
 * such as the batches of a large file. Names declared `global` are found in
 * the whole text once.
 */
export class ModuleBindingsCollector {
  readonly bindings: ModuleBindings;
  private readonly walrusAt: number[];

  constructor(private readonly text: string) {
    this.walrusAt = walrusOffsets(text);
    const declaredGlobal = new Set<string>();
    for (const match of text.matchAll(GLOBAL_STATEMENT)) {
      for (const name of match[1].split(',')) {
        const trimmed = name.replace(/\\\r?\n/g, '').trim();
        if (trimmed !== '') declaredGlobal.add(identifierName(trimmed));
      }
    }
    this.bindings = { names: new Set(declaredGlobal), starImports: [], declaredGlobal };
  }

  /** Add the bindings of the module-level statements below `root`. */
  add(root: Node): void {
    const { text, walrusAt } = this;
    const { names, starImports } = this.bindings;
    let moduleName = '?';
    walkTree(root, (path, cursor) => {
      const { type, field, start, end } = path[path.length - 1];
      // An expression binds a module name only through a walrus, so the others
      // are skipped unread, unless they stand where a target does.
      if (
        EXPRESSIONS.has(type) &&
        field !== 'left' &&
        !TARGET_PARENTS.has(path[path.length - 2]?.type ?? '') &&
        !containsOffset(walrusAt, start, end)
      ) {
        return false;
      }
      // NOTE: a walrus in a default value, class base or return annotation binds a
      // module name too, but the walk stops at the definition and misses it.
      if (NESTED_SCOPES.has(type)) {
        const name = cursor.currentNode.childForFieldName('name');
        if (name !== null) names.add(identifierName(name.text));
        return false;
      }
      if (field === 'module_name') moduleName = text.slice(start, end);
      if (type === 'wildcard_import') starImports.push(moduleName);
      if (type === 'identifier' && classifyIdentifier(path, text) === 'binding') names.add(identifierName(text.slice(start, end)));
      return true;
    });
  }
}
