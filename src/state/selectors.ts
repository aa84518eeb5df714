import { compareText, countSkipReasons } from '../core/dataset';
import type { ReviewExample, SkippedFunction, SkipReason } from '../core/types';
import { pairKey, type ReviewEntry } from './entries';
import { filterSkipped, skipKey } from './skippedSlice';
import type { SwapsetState } from './store';

// Derived values, computed from store fields so that no copy can drift.
// Selectors that build a new value keep the last result: zustand compares
// selector results by identity and would otherwise re-render on every call,
// and a list of 50,000 examples must not be walked on every render.

/** Return the examples the list shows before filtering: the dataset once selected, the streamed examples before. */
export function selectListExamples(state: SwapsetState): ReviewExample[] {
  return state.dataset?.examples ?? state.examples;
}

let byIdCache: { examples: ReviewExample[]; byId: Map<string, ReviewExample> } | null = null;

/** Return the selected example, or undefined when nothing is selected. */
export function selectSelectedExample(state: SwapsetState): ReviewExample | undefined {
  if (state.selectedId === null) return undefined;
  if (byIdCache?.examples !== state.examples) {
    byIdCache = { examples: state.examples, byId: new Map(state.examples.map((example) => [example.id, example])) };
  }
  return byIdCache.byId.get(state.selectedId);
}

/** Return the entry of an example, or undefined when it has none. */
export function entryOf(state: SwapsetState, id: string): ReviewEntry | undefined {
  return Object.hasOwn(state.entries, id) ? state.entries[id] : undefined;
}

let positionsCache: { examples: ReviewExample[]; positions: Map<string, number> } | null = null;

/** Map each example id of the list to its index. */
export function selectPositions(state: SwapsetState): Map<string, number> {
  const examples = selectListExamples(state);
  if (positionsCache?.examples !== examples) {
    positionsCache = { examples, positions: new Map(examples.map((example, index) => [example.id, index])) };
  }
  return positionsCache.positions;
}

let searchKeysCache: { examples: ReviewExample[]; keys: string[] } | null = null;

// Function name and path of each list example in lower case, computed once per list so typing a search does not lower-case 100,000 strings per key.
function selectSearchKeys(state: SwapsetState): string[] {
  const examples = selectListExamples(state);
  if (searchKeysCache?.examples !== examples) {
    searchKeysCache = { examples, keys: examples.map((example) => `${example.source.function}\u0000${example.source.path}`.toLowerCase()) };
  }
  return searchKeysCache.keys;
}

let seededKeysCache: { examples: ReviewExample[]; keys: string[] } | null = null;

// The `pairKey` of each list example's seeded pair, computed once per list for the pair filter.
function selectSeededPairKeys(state: SwapsetState): string[] {
  const examples = selectListExamples(state);
  if (seededKeysCache?.examples !== examples) {
    seededKeysCache = { examples, keys: examples.map((example) => pairKey(example.swap)) };
  }
  return seededKeysCache.keys;
}

interface VisibleCache {
  examples: ReviewExample[];
  entries: Record<string, ReviewEntry> | null;
  filters: string;
  visible: ReviewExample[];
}
let visibleCache: VisibleCache | null = null;

/** Return the examples that pass the list's filters, in list order. */
export function selectVisibleExamples(state: SwapsetState): ReviewExample[] {
  const examples = selectListExamples(state);
  const { statusFilter, archiveFilter, pairFilter, search } = state;
  // Entries matter only to the status and pair filters; without them a decision does not refilter 50,000 rows.
  const entries = statusFilter !== null || pairFilter !== null ? state.entries : null;
  const filters = JSON.stringify([statusFilter, archiveFilter, pairFilter, search]);
  if (visibleCache?.examples === examples && visibleCache.entries === entries && visibleCache.filters === filters) {
    return visibleCache.visible;
  }

  const query = search.trim().toLowerCase();
  const searchKeys = query === '' ? [] : selectSearchKeys(state);
  const seededKeys = pairFilter === null ? [] : selectSeededPairKeys(state);
  let visible = examples;
  if (statusFilter !== null || archiveFilter !== null || pairFilter !== null || query !== '') {
    visible = examples.filter((example, index) => {
      const entry = entryOf(state, example.id);
      if (statusFilter !== null && (entry?.status ?? 'unreviewed') !== statusFilter) return false;
      if (archiveFilter !== null && example.source.archive !== archiveFilter) return false;
      if (pairFilter !== null && (entry?.swap ? pairKey(entry.swap) : seededKeys[index]) !== pairFilter) return false;
      if (query === '') return true;
      return searchKeys[index].includes(query);
    });
  }
  visibleCache = { examples, entries, filters, visible };
  return visible;
}

/** Review totals over the list's examples. */
export interface ReviewCounts {
  total: number;
  accepted: number;
  rejected: number;
  unreviewed: number;
}

let countsCache: { examples: ReviewExample[]; entries: Record<string, ReviewEntry>; counts: ReviewCounts } | null = null;

/** Count the list's examples per status. Walks the entries, not the examples, so a decision costs little. */
export function selectReviewCounts(state: SwapsetState): ReviewCounts {
  const examples = selectListExamples(state);
  if (countsCache?.examples !== examples || countsCache.entries !== state.entries) {
    const positions = selectPositions(state);
    let accepted = 0;
    let rejected = 0;
    for (const [id, entry] of Object.entries(state.entries)) {
      if (!positions.has(id)) continue;
      if (entry.status === 'accepted') accepted++;
      else if (entry.status === 'rejected') rejected++;
    }
    const counts = { total: examples.length, accepted, rejected, unreviewed: examples.length - accepted - rejected };
    countsCache = { examples, entries: state.entries, counts };
  }
  return countsCache.counts;
}

let seededPairsCache: { examples: ReviewExample[]; counts: Map<string, number> } | null = null;
let pairCountsCache: { examples: ReviewExample[]; entries: Record<string, ReviewEntry>; counts: Array<[string, number]> } | null = null;

/**
 * Count the list's examples per shown pair (`pairKey`), most frequent first,
 * ties by pair. The seeded pairs are counted once per list; a decision only
 * moves the examples whose entries choose another pair.
 */
export function selectPairCounts(state: SwapsetState): Array<[string, number]> {
  const examples = selectListExamples(state);
  if (seededPairsCache?.examples !== examples) {
    const seeded = new Map<string, number>();
    for (const example of examples) {
      const key = pairKey(example.swap);
      seeded.set(key, (seeded.get(key) ?? 0) + 1);
    }
    seededPairsCache = { examples, counts: seeded };
  }
  if (pairCountsCache?.examples !== examples || pairCountsCache.entries !== state.entries) {
    const counts = new Map(seededPairsCache.counts);
    const positions = selectPositions(state);
    for (const [id, entry] of Object.entries(state.entries)) {
      const position = positions.get(id);
      if (entry.swap === null || position === undefined) continue;
      const seededKey = pairKey(examples[position].swap);
      const chosenKey = pairKey(entry.swap);
      counts.set(seededKey, counts.get(seededKey)! - 1);
      counts.set(chosenKey, (counts.get(chosenKey) ?? 0) + 1);
    }
    const sorted = [...counts].filter(([, count]) => count > 0).sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
    pairCountsCache = { examples, entries: state.entries, counts: sorted };
  }
  return pairCountsCache.counts;
}

let archiveNamesCache: { names: string[]; sorted: string[] } | null = null;

/** Return the distinct names of the current inputs, sorted. */
export function selectArchiveNames(state: SwapsetState): string[] {
  if (archiveNamesCache?.names !== state.inputNames) {
    archiveNamesCache = { names: state.inputNames, sorted: [...new Set(state.inputNames)].sort() };
  }
  return archiveNamesCache.sorted;
}

/**
 * Return the id of the next unreviewed example in the filtered list after
 * `fromId`, wrapping around at the end, or null when every one is reviewed.
 * `fromId` may itself be filtered out, for example just after its decision.
 */
export function findNextUnreviewed(state: SwapsetState, fromId: string | null): string | null {
  const visible = selectVisibleExamples(state);
  if (visible.length === 0) return null;
  const start = fromId === null ? 0 : firstVisibleAfter(state, visible, fromId);
  for (let step = 0; step < visible.length; step++) {
    const example = visible[(start + step) % visible.length];
    if (example.id !== fromId && (entryOf(state, example.id)?.status ?? 'unreviewed') === 'unreviewed') return example.id;
  }
  return null;
}

/**
 * Return the index in `visible` of the first example that comes after
 * `fromId` in the list (visible.length when there is none). Binary search,
 * because `visible` keeps the list's order.
 */
export function firstVisibleAfter(state: SwapsetState, visible: ReviewExample[], fromId: string): number {
  const positions = selectPositions(state);
  const position = positions.get(fromId);
  if (position === undefined) return 0;
  let low = 0;
  let high = visible.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((positions.get(visible[middle].id) ?? -1) <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Distinct files (or whole inputs) that have at least one problem. */
export function selectProblemFileCount(state: SwapsetState): number {
  const keys = new Set(state.problems.map((problem) => `${problem.archive}\u0000${problem.path ?? ''}`));
  return keys.size;
}

let reasonCountsCache: { skipped: SkippedFunction[]; counts: Array<[SkipReason, number]> } | null = null;

/** Count the skipped functions per reason, most frequent first. */
export function selectSkipReasonCounts(state: SwapsetState): Array<[SkipReason, number]> {
  if (reasonCountsCache?.skipped !== state.skipped) {
    reasonCountsCache = { skipped: state.skipped, counts: countSkipReasons(state.skipped) };
  }
  return reasonCountsCache.counts;
}

let visibleSkippedCache: { skipped: SkippedFunction[]; filter: SkipReason | null; visible: SkippedFunction[] } | null = null;

/** Return the skipped functions that pass the reason filter, in list order. */
export function selectVisibleSkipped(state: SwapsetState): SkippedFunction[] {
  const { skipped, skipFilter } = state;
  if (visibleSkippedCache?.skipped !== skipped || visibleSkippedCache.filter !== skipFilter) {
    visibleSkippedCache = { skipped, filter: skipFilter, visible: filterSkipped(skipped, skipFilter) };
  }
  return visibleSkippedCache.visible;
}

/** Return the selected skipped function, or undefined when nothing is selected. */
export function selectSelectedSkipped(state: SwapsetState): SkippedFunction | undefined {
  if (state.selectedSkipKey === null) return undefined;
  return state.skipped.find((skip) => skipKey(skip) === state.selectedSkipKey);
}
