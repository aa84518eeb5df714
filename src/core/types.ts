/** A half-open range of UTF-16 code-unit offsets into a JavaScript string. */
export interface Span {
  start: number;
  end: number;
}

/** The location of an example's function. */
export interface ExampleSource {
  /** File name of the dropped archive, or of the loose `.py` file. */
  archive: string;
  /** Path of the file inside the archive, as stored in the zip. */
  path: string;
  /** 1-based line of the function's first line (its first decorator, if any). */
  line: number;
  function: string;
}

/** One dataset row, with exactly the fields written to JSONL. */
export interface Example {
  id: string;
  prompt: string;
  /** The original body (idiomatic, now wrong) and the swapped body (correct). */
  classes: [string, string];
  answer_index: 1;
  swap: [string, string];
  source: ExampleSource;
}

/** An example plus what the review page needs to show it; never exported. */
export interface ReviewExample extends Example {
  /** Renamed identifiers: offsets into `classes[0]` and into `classes[1]`. */
  highlights: { original: Span[]; swapped: Span[] };
  /** Each name allowed in a swap, with its references as offsets into `classes[0]`. */
  candidates: Record<string, Span[]>;
  /** Doubts a reviewer should see, e.g. a star import that may rebind a swapped name. */
  warnings: string[];
}

/** A file or archive that could not be used, with the reason in one sentence. */
export interface InputProblem {
  /** The dropped file's name. */
  archive: string;
  /** The entry inside the archive, or null when the whole input is at fault. */
  path: string | null;
  message: string;
}

/** A Python file taken from an input, still undecoded. */
export interface SourceFile {
  archive: string;
  path: string;
  bytes: Uint8Array;
}

/**
 * The kind of names swapped: two builtins (the prize task), or two top-level
 * names of the module that are not builtins (non-builtin global functions).
 */
export type Mode = 'builtins' | 'globals';

export interface BuildOptions {
  mode: Mode;
  seed: number;
  /** Functions with more whitespace-separated tokens than this are skipped. */
  maxTokens: number;
}

export const DEFAULT_OPTIONS: BuildOptions = { mode: 'builtins', seed: 42, maxTokens: 200 };

/** The reason code for a top-level function that did not become an example. */
export type SkipReason =
  | 'async'
  | 'not-python-3'
  | 'no-docstring'
  | 'code-after-docstring'
  | 'few-builtins'
  | 'few-globals'
  | 'too-long'
  | 'few-swappable';

/** A top-level function that did not become an example, with the reason. */
export interface SkippedFunction {
  source: ExampleSource;
  reason: SkipReason;
  /** One sentence with the particulars, e.g. which names were refused and why. */
  detail: string;
}

/** The result of extracting one source file. */
export interface FileResult {
  examples: ReviewExample[];
  skipped: SkippedFunction[];
  /** Top-level functions seen in the file. */
  functions: number;
  /** False when the file could not be decoded as text, so nothing in it was read. */
  readable: boolean;
  problem: InputProblem | null;
}
