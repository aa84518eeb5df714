import type { Parser } from 'web-tree-sitter';
import type { BuildOptions, FileResult, SourceFile } from './types';

/** Decode one Python file, parse it and build an example from each eligible top-level function. */
export function extractFile(parser: Parser, file: SourceFile, options: BuildOptions): FileResult {
  // Placeholder until the extraction lands; the signature is fixed.
  void parser; void file; void options;
  return { examples: [], functions: 0, problem: null };
}
