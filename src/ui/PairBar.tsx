import type { MouseEvent } from 'react';
import type { ReviewExample } from '../core/types';
import type { ReviewEntry } from '../state/entries';
import { useSwapsetStore } from '../state/store';

const keepFocus = (event: MouseEvent) => event.preventDefault();

const CHOSEN_BY_TEXT = { seed: 'seeded', reroll: 're-rolled', hand: 'chosen by hand' };

/** Renders the swapped pair and how it was chosen, with the re-roll and pair picker buttons. */
export function PairBar({ example, entry, swap }: { example: ReviewExample; entry: ReviewEntry | undefined; swap: [string, string] }) {
  const reroll = useSwapsetStore((state) => state.reroll);
  const showDialog = useSwapsetStore((state) => state.showDialog);
  const allowed = Object.keys(example.candidates).length;
  const chosenBy = entry?.swap ? (entry.swapChosenBy ?? 'hand') : 'seed';

  return (
    <div className="pair-bar">
      <span className="pair-label">Pair</span>
      <span className="swap-pill" data-chosen-by={chosenBy}>
        <span className="swap-first">{swap[0]}</span> ↔ <span className="swap-second">{swap[1]}</span>
      </span>
      <span className="pair-origin">
        {CHOSEN_BY_TEXT[chosenBy]}, {allowed} allowed {allowed === 1 ? 'name' : 'names'}
      </span>
      <button
        type="button"
        className="button small"
        aria-keyshortcuts="R"
        onMouseDown={keepFocus}
        onClick={reroll}
        disabled={allowed < 3}
        title={allowed < 3 ? 'Only two names can be swapped in this function.' : undefined}
      >
        Re-roll pair <kbd aria-hidden="true">R</kbd>
      </button>
      <button type="button" className="button small" aria-keyshortcuts="P" onMouseDown={keepFocus} onClick={() => showDialog('pair')}>
        Choose pair… <kbd aria-hidden="true">P</kbd>
      </button>
    </div>
  );
}
