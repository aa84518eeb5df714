import type { Node } from 'web-tree-sitter';
import { classifyIdentifier } from './scope';

// Nodes whose bodies are scopes of their own: bindings inside them are not the module's.
const NESTED_SCOPES = new Set(['function_definition', 'class_definition', 'lambda']);

// `global NAME, NAME` anywhere in the file can rebind a module name from inside a function.
const GLOBAL_STATEMENT = /^[ \t]*global[ \t]+([A-Za-z_][\w \t,]*)/gm;

/** What the module itself binds, as far as swapping builtins is concerned. */
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
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'wildcard_import') {
      starImports.push(node.parent?.childForFieldName('module_name')?.text ?? '?');
      continue;
    }
    if (node.type === 'identifier') {
      if (classifyIdentifier(node) === 'binding') names.add(node.text);
      continue;
    }
    if (NESTED_SCOPES.has(node.type)) {
      const name = node.childForFieldName('name');
      if (name !== null) names.add(name.text);
      continue;
    }
    for (const child of node.namedChildren) {
      if (child !== null) stack.push(child);
    }
  }

  for (const match of text.matchAll(GLOBAL_STATEMENT)) {
    for (const name of match[1].split(',')) {
      const trimmed = name.trim();
      if (trimmed !== '') names.add(trimmed);
    }
  }
  return { names, starImports: starImports.reverse() };
}
