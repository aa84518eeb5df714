import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Parser } from 'web-tree-sitter';
import { extractFile } from '../../src/core/extract';
import { loadPythonParser } from '../../src/core/parser';
import { DEFAULT_OPTIONS, type BuildOptions, type FileResult } from '../../src/core/types';
import { NODE_GRAMMAR_FILES } from '../../src/cli/grammar';

/** Load the Python parser, once per test file. */
export function pythonParser(): Promise<Parser> {
  return loadPythonParser(NODE_GRAMMAR_FILES);
}

/** Extract examples from Python source given as text (UTF-8) or bytes. */
export async function extractSource(
  source: string | Uint8Array,
  options: Partial<BuildOptions> = {},
  path = 'pkg/module.py',
): Promise<FileResult> {
  const bytes = typeof source === 'string' ? new TextEncoder().encode(source) : source;
  const parser = await pythonParser();
  return extractFile(parser, { archive: 'repo.zip', path, bytes }, { ...DEFAULT_OPTIONS, ...options });
}

/** Read a fixture file from tests/fixtures. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fixturePath(name)));
}

/** The absolute path of a fixture file. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
}
