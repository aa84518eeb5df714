import { describe, expect, it } from 'vitest';
import { selectExamples } from '../../src/core/select';
import type { Example } from '../../src/core/types';

function example(archive: string, path: string, line: number, body = `body ${archive} ${path} ${line}`): Example {
  return {
    id: `${archive}:${path}:${line}`,
    prompt: `len, print = print, len\ndef f${line}():\n    """Doc."""`,
    classes: [` \n    ${body}\n`, ` \n    ${body}\n`],
    answer_index: 1,
    swap: ['len', 'print'],
    source: { archive, path, line, function: `f${line}` },
  };
}

const ids = (examples: Example[]) => examples.map((item) => item.id);

describe('selectExamples', () => {
  it('keeps everything with no caps and no repeats', () => {
    const examples = [example('b.zip', 'x.py', 1), example('a.zip', 'y.py', 9), example('a.zip', 'y.py', 2)];
    const selected = selectExamples(examples, { maxExamples: null, perArchive: null, dedup: true }, 42);
    expect(ids(selected.examples)).toEqual(['a.zip:y.py:2', 'a.zip:y.py:9', 'b.zip:x.py:1']);
    expect(selected).toMatchObject({ duplicates: 0, overArchiveCap: 0, overMax: 0 });
  });

  it('keeps the first copy of a repeated function', () => {
    const examples = [example('b.zip', 'x.py', 1, 'same'), example('a.zip', 'vendored/x.py', 1, 'same'), example('a.zip', 'z.py', 3)];
    const deduped = selectExamples(examples, { maxExamples: null, perArchive: null, dedup: true }, 42);
    expect(ids(deduped.examples)).toEqual(['a.zip:vendored/x.py:1', 'a.zip:z.py:3']);
    expect(deduped.duplicates).toBe(1);
    const kept = selectExamples(examples, { maxExamples: null, perArchive: null, dedup: false }, 42);
    expect(kept.examples).toHaveLength(3);
  });

  it('treats a function with another swap line as the same function', () => {
    const first = example('a.zip', 'x.py', 1, 'same');
    const second = { ...example('b.zip', 'x.py', 1, 'same'), prompt: first.prompt.replace('len, print = print, len', 'str, int = int, str') };
    expect(selectExamples([first, second], { maxExamples: null, perArchive: null, dedup: true }, 1).duplicates).toBe(1);
  });

  it('caps each archive and the total with a seeded shuffle', () => {
    const examples = [
      ...Array.from({ length: 30 }, (_, line) => example('a.zip', 'x.py', line + 1)),
      ...Array.from({ length: 5 }, (_, line) => example('b.zip', 'x.py', line + 1)),
    ];
    const capped = selectExamples(examples, { maxExamples: 12, perArchive: 10, dedup: true }, 7);
    expect(capped.overArchiveCap).toBe(20);
    expect(capped.overMax).toBe(3);
    expect(capped.examples).toHaveLength(12);
    expect(ids(capped.examples)).toEqual(ids([...capped.examples].sort((a, b) => a.source.archive.localeCompare(b.source.archive) || a.source.line - b.source.line)));

    const again = selectExamples([...examples].reverse(), { maxExamples: 12, perArchive: 10, dedup: true }, 7);
    expect(ids(again.examples)).toEqual(ids(capped.examples));
    const otherSeed = selectExamples(examples, { maxExamples: 12, perArchive: 10, dedup: true }, 8);
    expect(ids(otherSeed.examples)).not.toEqual(ids(capped.examples));
  });
});
