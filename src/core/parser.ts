import { Language, Parser } from 'web-tree-sitter';

/** The locations of the tree-sitter runtime and the Python grammar. */
export interface GrammarFiles {
  /** URL (browser) or file path (Node) of `web-tree-sitter.wasm`. */
  runtime: string;
  /** URL, file path or contents of `tree-sitter-python.wasm`. */
  grammar: string | Uint8Array;
}

let loading: Promise<Parser> | null = null;

/** Load the runtime and the Python grammar once and return a parser for Python. */
export function loadPythonParser(files: GrammarFiles): Promise<Parser> {
  loading ??= createParser(files);
  return loading;
}

async function createParser(files: GrammarFiles): Promise<Parser> {
  try {
    await Parser.init({ locateFile: () => files.runtime });
  } catch (error) {
    throw new Error(`Failed to load the tree-sitter runtime from ${files.runtime}: ${describe(error)}`);
  }
  let language: Language;
  try {
    language = await Language.load(files.grammar);
  } catch (error) {
    const where = typeof files.grammar === 'string' ? files.grammar : 'the bundled bytes';
    throw new Error(`Failed to load the Python grammar from ${where}: ${describe(error)}`);
  }
  const parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
