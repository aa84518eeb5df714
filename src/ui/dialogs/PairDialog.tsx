import { useState, type FormEvent } from 'react';
import { effectiveSwap } from '../../state/entries';
import { entryOf, selectSelectedExample } from '../../state/selectors';
import { useSwapsetStore } from '../../state/store';
import { Modal } from './Modal';

/** Lets the reviewer choose the selected example's pair by hand from its allowed names. */
export function PairDialog() {
  const example = useSwapsetStore(selectSelectedExample);
  const entry = useSwapsetStore((state) => (example ? entryOf(state, example.id) : undefined));
  const choosePair = useSwapsetStore((state) => state.choosePair);
  const close = useSwapsetStore((state) => state.closeDialog);
  const current = example ? effectiveSwap(example, entry) : null;
  const [first, setFirst] = useState(current?.[0] ?? '');
  const [second, setSecond] = useState(current?.[1] ?? '');

  if (example === undefined || current === null) {
    return (
      <Modal title="Choose the pair" onClose={close}>
        <p>Select an example first.</p>
      </Modal>
    );
  }

  const names = Object.keys(example.candidates).sort();
  const references = (name: string) => {
    const count = example.candidates[name].length;
    return `${name} (${count} ${count === 1 ? 'reference' : 'references'})`;
  };
  const same = first === second;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (same) return;
    const seeded = example.swap[0] === first && example.swap[1] === second;
    choosePair(seeded ? null : [first, second]);
    close();
  };

  return (
    <Modal title={`Choose the pair for ${example.source.function}`} onClose={close} className="pair-dialog">
      <form onSubmit={onSubmit}>
        <p className="muted">
          Every name here is allowed: the function calls it and never binds it. The prompt starts with{' '}
          <code>
            {first || 'A'}, {second || 'B'} = {second || 'B'}, {first || 'A'}
          </code>
          .
        </p>
        <div className="pair-fields">
          <div className="field">
            <label htmlFor="pair-first">First name</label>
            <select id="pair-first" value={first} onChange={(event) => setFirst(event.target.value)}>
              {names.map((name) => (
                <option key={name} value={name}>
                  {references(name)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="pair-second">Second name</label>
            <select id="pair-second" value={second} onChange={(event) => setSecond(event.target.value)}>
              {names.map((name) => (
                <option key={name} value={name}>
                  {references(name)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {same && <p className="field-error">Choose two different names.</p>}
        <div className="modal-actions">
          <button
            type="button"
            className="button"
            disabled={entry?.swap == null}
            onClick={() => {
              choosePair(null);
              close();
            }}
          >
            Seeded pair ({example.swap[0]} ↔ {example.swap[1]})
          </button>
          <button type="submit" className="button primary" disabled={same}>
            Use this pair
          </button>
        </div>
      </form>
    </Modal>
  );
}
