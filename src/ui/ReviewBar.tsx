import type { MouseEvent } from 'react';
import { REJECTION_REASONS } from '../state/entries';
import { useSwapsetStore } from '../state/store';

// Buttons keep the focus where it was when clicked, so that the keyboard
// shortcuts go on working after a click (Space would otherwise press the
// clicked button again).
const keepFocus = (event: MouseEvent) => event.preventDefault();

/** Accept, Reject, Skip and Undo, and one Reject button per reason, for the selected example. */
export function ReviewBar() {
  const decide = useSwapsetStore((state) => state.decide);
  const skip = useSwapsetStore((state) => state.skip);
  const undo = useSwapsetStore((state) => state.undo);
  const canUndo = useSwapsetStore((state) => state.history.length > 0);

  return (
    <div className="review-bar">
      <div className="review-actions" role="group" aria-label="Decision">
        <button type="button" className="button accept" aria-keyshortcuts="A" onMouseDown={keepFocus} onClick={() => decide('accepted', null)}>
          Accept <kbd aria-hidden="true">A</kbd>
        </button>
        <button type="button" className="button danger" aria-keyshortcuts="X" onMouseDown={keepFocus} onClick={() => decide('rejected', null)}>
          Reject <kbd aria-hidden="true">X</kbd>
        </button>
        <button type="button" className="button" aria-keyshortcuts="Space" onMouseDown={keepFocus} onClick={skip}>
          Skip <kbd aria-hidden="true">Space</kbd>
        </button>
        <button type="button" className="button" aria-keyshortcuts="U Backspace" onMouseDown={keepFocus} onClick={undo} disabled={!canUndo}>
          Undo <kbd aria-hidden="true">U</kbd>
        </button>
      </div>
      <div className="reason-actions" role="group" aria-label="Reject with a reason">
        {REJECTION_REASONS.map((reason, index) => (
          <button
            key={reason}
            type="button"
            className="button reason"
            aria-keyshortcuts={String(index + 1)}
            onMouseDown={keepFocus}
            onClick={() => decide('rejected', reason)}
          >
            <kbd aria-hidden="true">{index + 1}</kbd> {reason}
          </button>
        ))}
      </div>
    </div>
  );
}
