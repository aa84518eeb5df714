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

/** What the module itself binds, as far as swapping is concerned. */
export interface ModuleBindings {
  /** Names bound at module level; a builtin rebound there is not the builtin. */
  names: Set<string>;
  /** Modules imported with `from MODULE import *`, which may rebind any name. */
  starImports: string[];
}

/**
 * Collect the names the module itself binds: top-level assignments, imports,
 * `def` and `class` names, loop and `with` targets, and names declared
 * `global` in any function.
 */
export function collectModuleBindings(root: Node, text: string): ModuleBindings {
  const names = new Set<string>();
  const starImports: string[] = [];
  let moduleName = '?';

  walkTree(root, (cursor, path) => {
    const type = cursor.nodeType;
    if (NESTED_SCOPES.has(type)) {
      const name = cursor.currentNode.childForFieldName('name');
      if (name !== null) names.add(identifierName(name.text));
      return false;
    }
    if (cursor.currentFieldName === 'module_name') moduleName = cursor.nodeText;
    if (type === 'wildcard_import') starImports.push(moduleName);
    if (type === 'identifier' && classifyIdentifier(path, text) === 'binding') names.add(identifierName(cursor.nodeText));
    return true;
  });

  for (const match of text.matchAll(GLOBAL_STATEMENT)) {
    for (const name of match[1].split(',')) {
      const trimmed = name.replace(/\\\r?\n/g, '').trim();
      if (trimmed !== '') names.add(identifierName(trimmed));
    }
  }
  return { names, starImports };
}
