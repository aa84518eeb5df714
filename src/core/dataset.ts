import type { Example, ExampleSource, SkippedFunction, SkipReason } from './types';

/** Sort examples by archive, path and line, so output never depends on worker timing. */
export function sortExamples<T extends Example>(examples: T[]): T[] {
  return [...examples].sort((a, b) => compareSources(a.source, b.source));
}

/** Order sources by archive, path and line; the order of every list and export. */
export function compareSources(a: ExampleSource, b: ExampleSource): number {
  return compareText(a.archive, b.archive) || compareText(a.path, b.path) || a.line - b.line;
}

/** Compare strings by UTF-16 code units, not localeCompare, so every machine and locale sorts alike. */
export function compareText(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

/**
 * Serialise examples as JSONL: one object per line with a fixed key order,
 * ending in a newline. U+0085, U+2028 and U+2029 are escaped, because
 * Python's str.splitlines() and some JSONL readers break lines at them.
 */
export function toJsonl(examples: Example[]): string {
  return examples.map((example) => toJsonLine(toRow(example))).join('');
}

/** Serialise one JSONL row with the line separators escaped. */
export function toJsonLine(row: unknown): string {
  return JSON.stringify(row).replace(/[\u0085\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}

/** Return the fields of an example that are written to JSONL, in their fixed order. */
export function toRow(example: Example): Example {
  return {
    id: example.id,
    prompt: example.prompt,
    classes: example.classes,
    answer_index: example.answer_index,
    swap: example.swap,
    source: {
      archive: example.source.archive,
      path: example.source.path,
      line: example.source.line,
      function: example.source.function,
    },
  };
}

/** Count skipped functions per reason, most frequent first (ties by reason name). */
export function countSkipReasons(skipped: SkippedFunction[]): Array<[SkipReason, number]> {
  const counts = new Map<SkipReason, number>();
  for (const skip of skipped) counts.set(skip.reason, (counts.get(skip.reason) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
}
