import type { StateCreator } from 'zustand';
import { EMPTY_ENTRY, isEmptyEntry, nextRerollPair, type ReviewEntry } from './entries';
import { entryOf, findNextUnreviewed, firstVisibleAfter, selectSelectedExample, selectVisibleExamples } from './selectors';
import type { SwapsetState } from './store';

/** `swapped` shows prompt + swapped body; `diff` shows Monaco's diff of the original and the swapped body. */
export type ViewMode = 'swapped' | 'diff';

/** The list the sidebar shows: the examples, or the functions that were skipped. */
export type ListName = 'examples' | 'skipped';

/** One undoable change: the example and its entry before the change. */
export interface HistoryStep {
  id: string;
  before: ReviewEntry | undefined;
}

/** Selection, review entries with their undo history, view mode and shown list. */
export interface ReviewSlice {
  /** Id of the selected example; an id rather than an index, because filters and batches change positions. */
  selectedId: string | null;
  /** Review entries by example id, for the current archives, mode and seed. */
  entries: Record<string, ReviewEntry>;
  /** Decisions and pair changes, oldest first; undo takes the last one back. */
  history: HistoryStep[];
  viewMode: ViewMode;
  activeList: ListName;
  /** A short message about the last review action, such as that every example is reviewed. */
  reviewMessage: string | null;
  select(id: string): void;
  /** Move the selection by `offset` places in the filtered list, stopping at either end. */
  moveSelection(offset: number): void;
  /** Accept or reject the selected example, then select the next unreviewed one. */
  decide(status: 'accepted' | 'rejected', reason: string | null): void;
  /** Select the next unreviewed example without deciding. */
  skip(): void;
  /** Take back the last decision or pair change, and select its example. */
  undo(): void;
  /** Show the next pair of the selected example's allowed names. */
  reroll(): void;
  /** Swap a pair chosen by hand in the selected example, or the seeded pair again for null. */
  choosePair(swap: [string, string] | null): void;
  setNote(id: string, note: string): void;
  /** Replace every entry, as restoring a saved session or importing one does; clears the history. */
  replaceEntries(entries: Record<string, ReviewEntry>): void;
  setViewMode(mode: ViewMode): void;
  setActiveList(list: ListName): void;
}

export const createReviewSlice: StateCreator<SwapsetState, [], [], ReviewSlice> = (set, get) => {
  /** Store an entry, record the step for undo when asked, and save it. */
  const change = (id: string, next: ReviewEntry, undoable: boolean) => {
    const state = get();
    const before = entryOf(state, id);
    const entries = { ...state.entries };
    if (isEmptyEntry(next)) delete entries[id];
    else entries[id] = next;
    set({ entries, history: undoable ? [...state.history, { id, before }] : state.history, reviewMessage: null });
    get().persistEntry(id, isEmptyEntry(next) ? null : next);
  };

  const selectNextUnreviewed = (fromId: string | null) => {
    const next = findNextUnreviewed(get(), fromId);
    if (next === null) set({ reviewMessage: 'Every example in the list is reviewed.' });
    else set({ selectedId: next });
  };

  return {
    selectedId: null,
    entries: {},
    history: [],
    viewMode: 'swapped',
    activeList: 'examples',
    reviewMessage: null,
    select: (id) => set({ selectedId: id, reviewMessage: null }),
    moveSelection: (offset) => {
      const state = get();
      const visible = selectVisibleExamples(state);
      if (visible.length === 0) return;
      let target: number;
      const current = visible.findIndex((example) => example.id === state.selectedId);
      if (current !== -1) {
        target = current + offset;
      } else if (state.selectedId === null) {
        target = 0;
      } else {
        // The selected example is filtered out: step from where it would be.
        const after = firstVisibleAfter(state, visible, state.selectedId);
        target = offset > 0 ? after + offset - 1 : after + offset;
      }
      target = Math.min(Math.max(target, 0), visible.length - 1);
      set({ selectedId: visible[target].id, reviewMessage: null });
    },
    decide: (status, reason) => {
      const id = get().selectedId;
      if (id === null) return;
      const current = entryOf(get(), id) ?? EMPTY_ENTRY;
      change(id, { ...current, status, reason: status === 'rejected' ? reason : null }, true);
      selectNextUnreviewed(id);
    },
    skip: () => selectNextUnreviewed(get().selectedId),
    undo: () => {
      const state = get();
      const step = state.history[state.history.length - 1];
      if (step === undefined) {
        set({ reviewMessage: 'Nothing to undo.' });
        return;
      }
      // Notes are saved as they are typed and are not part of the history, so undo keeps the current one.
      const note = entryOf(state, step.id)?.note ?? '';
      const restored = { ...(step.before ?? EMPTY_ENTRY), note };
      set({ history: state.history.slice(0, -1) });
      change(step.id, restored, false);
      set({ selectedId: step.id });
    },
    reroll: () => {
      const state = get();
      const example = selectSelectedExample(state);
      if (example === undefined) return;
      const current = entryOf(state, example.id) ?? EMPTY_ENTRY;
      const pair = nextRerollPair(example, current.swap ?? example.swap);
      if (pair === null) {
        set({ reviewMessage: `No other pair: only ${example.swap[0]} and ${example.swap[1]} can be swapped in ${example.source.function}.` });
        return;
      }
      change(example.id, { ...current, swap: pair, swapChosenBy: 'reroll' }, true);
    },
    choosePair: (swap) => {
      const state = get();
      const id = state.selectedId;
      if (id === null) return;
      const current = entryOf(state, id) ?? EMPTY_ENTRY;
      change(id, { ...current, swap, swapChosenBy: swap === null ? null : 'hand' }, true);
    },
    setNote: (id, note) => {
      const current = entryOf(get(), id) ?? EMPTY_ENTRY;
      if (current.note !== note) change(id, { ...current, note }, false);
    },
    replaceEntries: (entries) => set({ entries, history: [], reviewMessage: null }),
    setViewMode: (mode) => set({ viewMode: mode }),
    setActiveList: (list) => set({ activeList: list }),
  };
};
