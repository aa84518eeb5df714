import { useEffect } from 'react';
import { useSwapsetStore } from '../state/store';

/** True while the user is typing, including in Monaco, whose input is a textarea. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/**
 * Install the review shortcuts: J/ArrowDown and K/ArrowUp move the selection
 * in the list that the sidebar shows, and X rejects or restores the selected
 * example while the examples are shown.
 */
export function useReviewKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;

      const state = useSwapsetStore.getState();
      const showingExamples = state.activeList === 'examples';
      const move = showingExamples ? state.moveSelection : state.moveSkippedSelection;
      switch (event.key) {
        case 'ArrowDown':
        case 'j':
        case 'J':
          event.preventDefault();
          move(1);
          break;
        case 'ArrowUp':
        case 'k':
        case 'K':
          event.preventDefault();
          move(-1);
          break;
        case 'x':
        case 'X':
          // A held key would flip the example back and forth.
          if (event.repeat || !showingExamples || state.selectedId === null) return;
          event.preventDefault();
          state.toggleRejected(state.selectedId);
          break;
      }
    };

    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
