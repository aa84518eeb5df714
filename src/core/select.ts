import { sortExamples } from './dataset';
import { hashText, seededRandom } from './hash';
import type { Example } from './types';

/** Settings that choose which extracted examples go into the dataset. */
export interface SelectionSettings {
  /** Keep at most this many examples, chosen by a seeded shuffle; null keeps all. */
  maxExamples: number | null;
  /** Keep at most this many examples from each archive, chosen by a seeded shuffle; null keeps all. */
  perArchive: number | null;
  /** Keep one example of a function that appears in several archives or files. */
  dedup: boolean;
}

export const DEFAULT_SELECTION: SelectionSettings = { maxExamples: null, perArchive: null, dedup: true };

/** The kept examples, sorted by archive, path and line, and how many each step dropped. */
export interface Selection<T extends Example> {
  examples: T[];
  duplicates: number;
  overArchiveCap: number;
  overMax: number;
}

/**
 * Select examples: drop repeated functions (keeping the first in archive,
 * path and line order), cap each archive, then cap the total. Caps keep the
 * first N of a shuffle seeded by `seed`, as the prize's reference generator
 * did with 1,000.
 */
export function selectExamples<T extends Example>(examples: T[], settings: SelectionSettings, seed: number): Selection<T> {
  let kept = sortExamples(examples);

  let duplicates = 0;
  if (settings.dedup) {
    const seen = new Set<string>();
    kept = kept.filter((example) => {
      const key = functionKey(example);
      if (seen.has(key)) {
        duplicates++;
        return false;
      }
      seen.add(key);
      return true;
    });
  }

  let overArchiveCap = 0;
  if (settings.perArchive !== null) {
    const byArchive = new Map<string, T[]>();
    for (const example of kept) {
      const group = byArchive.get(example.source.archive);
      if (group === undefined) byArchive.set(example.source.archive, [example]);
      else group.push(example);
    }
    kept = [];
    for (const [archive, group] of byArchive) {
      const chosen = shuffle(group, `${seed}\u0000${archive}`).slice(0, settings.perArchive);
      overArchiveCap += group.length - chosen.length;
      for (const example of chosen) kept.push(example);
    }
  }

  let overMax = 0;
  if (settings.maxExamples !== null && kept.length > settings.maxExamples) {
    overMax = kept.length - settings.maxExamples;
    kept = shuffle(sortExamples(kept), String(seed)).slice(0, settings.maxExamples);
  }
  return { examples: sortExamples(kept), duplicates, overArchiveCap, overMax };
}

/** The function as written, without the swap line: equal keys are the same source function. */
export function functionKey(example: Example): string {
  return example.prompt.slice(example.prompt.indexOf('\n') + 1) + example.classes[0];
}

// Fisher-Yates with a generator seeded from `key`.
function shuffle<T>(items: T[], key: string): T[] {
  const random = seededRandom(parseInt(hashText(key).slice(0, 8), 16));
  const shuffled = [...items];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  return shuffled;
}
