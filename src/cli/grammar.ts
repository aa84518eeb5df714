import { createRequire } from 'node:module';
import type { GrammarFiles } from '../core/parser';

const require = createRequire(import.meta.url);

/** The WASM files as installed in node_modules, for Node. */
export const NODE_GRAMMAR_FILES: GrammarFiles = {
  runtime: require.resolve('web-tree-sitter/web-tree-sitter.wasm'),
  grammar: require.resolve('tree-sitter-python/tree-sitter-python.wasm'),
};
