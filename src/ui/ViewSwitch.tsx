import type { MouseEvent } from 'react';
import { useSwapsetStore } from '../state/store';

const keepFocus = (event: MouseEvent) => event.preventDefault();

/** Renders the editor's captions for the current view and the buttons that switch between the two views. */
export function ViewSwitch() {
  const viewMode = useSwapsetStore((state) => state.viewMode);
  const setViewMode = useSwapsetStore((state) => state.setViewMode);
  return (
    <div className="editor-captions">
      {viewMode === 'diff' ? (
        <>
          <span>Prompt + original body (class 0)</span>
          <span>Prompt + swapped body (class 1, the answer)</span>
        </>
      ) : (
        <span>Prompt + swapped body (class 1, the answer), renamed identifiers highlighted</span>
      )}
      <div className="view-switch" role="group" aria-label="View">
        <button type="button" className="button small" aria-pressed={viewMode === 'swapped'} onMouseDown={keepFocus} onClick={() => setViewMode('swapped')}>
          Swapped
        </button>
        <button
          type="button"
          className="button small"
          aria-pressed={viewMode === 'diff'}
          aria-keyshortcuts="D"
          onMouseDown={keepFocus}
          onClick={() => setViewMode('diff')}
        >
          Diff <kbd aria-hidden="true">D</kbd>
        </button>
      </div>
    </div>
  );
}
