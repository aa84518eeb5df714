import { useEffect } from 'react';
import { REJECTION_REASONS } from '../state/entries';
import { useSwapsetStore } from '../state/store';

// Input types whose keys are text, so shortcuts must not fire in them.
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'number', 'email', 'url', 'password', 'tel', 'date', 'time', 'datetime-local', 'month', 'week']);

/** True while the user is typing, including in Monaco, whose input is a textarea. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('.monaco-editor') !== null) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/**
 * True when Space or Enter should act on the focused control instead: a
 * button, tab, checkbox or link reached with the keyboard. A control focused
 * by a mouse click does not count, so clicking Accept and then pressing Space
 * skips rather than accepting again.
 */
function activatesControl(event: KeyboardEvent): boolean {
  if (event.key !== ' ' && event.key !== 'Enter') return false;
  const target = event.target;
  if (!(target instanceof HTMLElement) || target === document.body) return false;
  const interactive = target.matches('button, a[href], input, [role="tab"], [role="button"], summary');
  return interactive && target.matches(':focus-visible');
}

/**
 * Install the review shortcuts on the window. They are off while the user
 * types in a field or in Monaco, while a dialog is open, and with Ctrl, Alt
 * or Meta held.
 */
export function useReviewKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (document.querySelector('dialog[open]') !== null) return;
      if (isTyping(event.target) || activatesControl(event)) return;
      if (handleKey(event.key, event.repeat)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** Run the shortcut for `key`; returns false when the key is not a shortcut here. */
function handleKey(key: string, repeat: boolean): boolean {
  const state = useSwapsetStore.getState();
  const showingExamples = state.activeList === 'examples';

  switch (key) {
    case 'ArrowDown':
    case 'j':
    case 'J':
      if (showingExamples) state.moveSelection(1);
      else state.moveSkippedSelection(1);
      return true;
    case 'ArrowUp':
    case 'k':
    case 'K':
      if (showingExamples) state.moveSelection(-1);
      else state.moveSkippedSelection(-1);
      return true;
    case '?':
      state.showDialog('shortcuts');
      return true;
    case '/':
      document.getElementById('example-search')?.focus();
      return true;
  }

  // The rest act on the selected example. A held key would decide many examples at once.
  if (!showingExamples || state.selectedId === null || repeat) return false;
  const reasonIndex = '12345'.indexOf(key);
  if (key.length === 1 && reasonIndex !== -1) {
    state.decide('rejected', REJECTION_REASONS[reasonIndex]);
    return true;
  }
  switch (key) {
    case 'a':
    case 'A':
      state.decide('accepted', null);
      return true;
    case 'x':
    case 'X':
      state.decide('rejected', null);
      return true;
    case ' ':
      state.skip();
      return true;
    case 'u':
    case 'U':
    case 'Backspace':
      state.undo();
      return true;
    case 'r':
    case 'R':
      state.reroll();
      return true;
    case 'p':
    case 'P':
      state.showDialog('pair');
      return true;
    case 'd':
    case 'D':
      state.setViewMode(state.viewMode === 'diff' ? 'swapped' : 'diff');
      return true;
    case 'n':
    case 'N':
      document.getElementById('review-note')?.focus();
      return true;
  }
  return false;
}

/** Every shortcut with its keys, as the shortcuts dialog lists them. */
export const SHORTCUTS: Array<{ keys: string[]; action: string }> = [
  { keys: ['A'], action: 'Accept the example and open the next unreviewed one' },
  { keys: ['X'], action: 'Reject the example without a reason' },
  ...REJECTION_REASONS.map((reason, index) => ({ keys: [String(index + 1)], action: `Reject as “${reason}”` })),
  { keys: ['Space'], action: 'Skip to the next unreviewed example' },
  { keys: ['U', 'Backspace'], action: 'Undo the last decision or pair change (repeatable)' },
  { keys: ['J', '↓'], action: 'Next example in the list' },
  { keys: ['K', '↑'], action: 'Previous example in the list' },
  { keys: ['R'], action: 'Re-roll the pair: swap another two allowed names' },
  { keys: ['P'], action: 'Choose the pair by hand' },
  { keys: ['D'], action: 'Switch between the swapped view and the diff view' },
  { keys: ['N'], action: 'Write a note (Enter or Escape returns to the shortcuts)' },
  { keys: ['/'], action: 'Search function names and paths' },
  { keys: ['?'], action: 'Show these shortcuts' },
];
