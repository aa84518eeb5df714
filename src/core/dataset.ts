import type { Example, SkippedFunction, SkipReason } from './types';

/** Sort examples by archive, path and line, so output never depends on worker timing. */
export function sortExamples<T extends Example>(examples: T[]): T[] {
  return [...examples].sort(compareExamples);
}

function compareExamples(a: Example, b: Example): number {
  return (
    compareText(a.source.archive, b.source.archive) ||
    compareText(a.source.path, b.source.path) ||
    a.source.line - b.source.line
  );
}

// Code-unit order, not localeCompare, so every machine and locale sorts alike.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Serialise examples as JSONL: one object per line with a fixed key order, ending in a newline. */
export function toJsonl(examples: Example[]): string {
  return examples.map((example) => JSON.stringify(toRow(example)) + '\n').join('');
}

/** The fields of an example that are written to JSONL, in their fixed order. */
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
