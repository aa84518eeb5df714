import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useSwapsetStore } from '../state/store';

/** How long typing may pause before the note is saved, in milliseconds. */
const SAVE_DELAY_MS = 400;

/**
 * Edits the free note of an example. The note is saved shortly after typing pauses, when
 * the field loses focus and when another example is selected. Enter or
 * Escape leaves the field, so that the shortcuts work again.
 */
export function NoteField({ exampleId, note }: { exampleId: string; note: string }) {
  const setNote = useSwapsetStore((state) => state.setNote);
  const [text, setText] = useState(note);
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef({ exampleId, text, dirty: false });

  // Another example, or undo, changed the stored note: show it.
  useEffect(() => {
    setText(note);
    latest.current = { exampleId, text: note, dirty: false };
  }, [exampleId, note]);

  const save = () => {
    window.clearTimeout(timer.current);
    const { exampleId: id, text: value, dirty } = latest.current;
    if (dirty) {
      latest.current.dirty = false;
      setNote(id, value);
    }
  };

  // Save what is typed when the example changes or the view goes away.
  useEffect(() => save, [exampleId]);

  const onChange = (value: string) => {
    setText(value);
    latest.current = { exampleId, text: value, dirty: true };
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(save, SAVE_DELAY_MS);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === 'Escape') {
      event.preventDefault();
      save();
      event.currentTarget.blur();
    }
  };

  return (
    <div className="note-field">
      <label htmlFor="review-note">Note</label>
      <input
        id="review-note"
        type="text"
        value={text}
        placeholder="Optional note, saved with the decision (N to write, Enter to finish)"
        onChange={(event) => onChange(event.target.value)}
        onBlur={save}
        onKeyDown={onKeyDown}
        autoComplete="off"
      />
    </div>
  );
}
