import { useState, type FormEvent } from 'react';
import type { Mode } from '../../core/types';
import type { PageSettings } from '../../state/entries';
import { applySettings } from '../../state/settings';
import { useSwapsetStore } from '../../state/store';
import { Modal } from './Modal';

/** The form's fields as typed; numbers stay text until they are checked. */
interface Draft {
  mode: Mode;
  seed: string;
  maxTokens: string;
  maxExamples: string;
  perArchive: string;
  dedup: boolean;
  acceptedOnly: boolean;
}

function toDraft(settings: PageSettings): Draft {
  return {
    mode: settings.options.mode,
    seed: String(settings.options.seed),
    maxTokens: String(settings.options.maxTokens),
    maxExamples: settings.selection.maxExamples === null ? '' : String(settings.selection.maxExamples),
    perArchive: settings.selection.perArchive === null ? '' : String(settings.selection.perArchive),
    dedup: settings.selection.dedup,
    acceptedOnly: settings.acceptedOnly,
  };
}

/** Parse a whole number field; empty gives null when `optional`. Returns an error sentence instead when invalid. */
function wholeNumber(label: string, text: string, optional: boolean): number | null | string {
  const trimmed = text.trim();
  if (trimmed === '' && optional) return null;
  if (!/^\d+$/.test(trimmed) || !Number.isSafeInteger(Number(trimmed))) {
    return `${label} must be a whole number${optional ? ', or empty for no limit' : ''}.`;
  }
  return Number(trimmed);
}

/** Edits the dataset settings; Apply puts them in force, parsing again when mode, seed or maximum tokens change. */
export function SettingsDialog() {
  const settings = useSwapsetStore((state) => state.settings);
  const close = useSwapsetStore((state) => state.closeDialog);
  const [draft, setDraft] = useState(() => toDraft(settings));
  const [errors, setErrors] = useState<Partial<Record<keyof Draft, string>>>({});
  const update = (change: Partial<Draft>) => setDraft((current) => ({ ...current, ...change }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const seed = wholeNumber('Seed', draft.seed, false);
    const maxTokens = wholeNumber('Maximum tokens', draft.maxTokens, false);
    const maxExamples = wholeNumber('Maximum examples', draft.maxExamples, true);
    const perArchive = wholeNumber('Per-archive cap', draft.perArchive, true);
    const found: Partial<Record<keyof Draft, string>> = {};
    if (typeof seed === 'string') found.seed = seed;
    if (typeof maxTokens === 'string') found.maxTokens = maxTokens;
    if (typeof maxExamples === 'string') found.maxExamples = maxExamples;
    if (typeof perArchive === 'string') found.perArchive = perArchive;
    setErrors(found);
    if (Object.keys(found).length > 0) return;

    void applySettings({
      options: { mode: draft.mode, seed: seed as number, maxTokens: maxTokens as number },
      selection: { maxExamples: maxExamples as number | null, perArchive: perArchive as number | null, dedup: draft.dedup },
      acceptedOnly: draft.acceptedOnly,
    });
    close();
  };

  const numberField = (field: 'seed' | 'maxTokens' | 'maxExamples' | 'perArchive', label: string, hint: string) => (
    <div className="field">
      <label htmlFor={`setting-${field}`}>{label}</label>
      <input
        id={`setting-${field}`}
        type="text"
        inputMode="numeric"
        value={draft[field]}
        placeholder={field === 'maxExamples' || field === 'perArchive' ? 'no limit' : undefined}
        aria-invalid={errors[field] !== undefined}
        aria-describedby={`setting-${field}-hint`}
        onChange={(event) => update({ [field]: event.target.value })}
      />
      <span id={`setting-${field}-hint`} className={errors[field] ? 'field-error' : 'field-hint'}>
        {errors[field] ?? hint}
      </span>
    </div>
  );

  return (
    <Modal title="Dataset settings" onClose={close} className="settings-dialog">
      <form onSubmit={onSubmit} noValidate>
        <fieldset>
          <legend>Building (changing these parses the inputs again)</legend>
          <div className="field" role="radiogroup" aria-label="Mode">
            <span className="field-label">Mode</span>
            <label className="choice">
              <input type="radio" name="mode" value="builtins" checked={draft.mode === 'builtins'} onChange={() => update({ mode: 'builtins' })} />
              Builtins: swap two builtins the function calls
            </label>
            <label className="choice">
              <input type="radio" name="mode" value="globals" checked={draft.mode === 'globals'} onChange={() => update({ mode: 'globals' })} />
              Globals: swap two top-level names of the module the function calls
            </label>
          </div>
          {numberField('seed', 'Seed', 'Chooses each pair and the caps’ shuffle. Decisions are kept per mode and seed.')}
          {numberField('maxTokens', 'Maximum tokens', 'Functions with more whitespace-separated tokens are skipped.')}
        </fieldset>
        <fieldset>
          <legend>Selection</legend>
          {numberField('maxExamples', 'Maximum examples', 'Keep at most this many, chosen by a seeded shuffle.')}
          {numberField('perArchive', 'Per-archive cap', 'Keep at most this many from each archive.')}
          <label className="choice">
            <input type="checkbox" checked={draft.dedup} onChange={(event) => update({ dedup: event.target.checked })} />
            Remove repeated functions (keep one copy of a function found in several files)
          </label>
        </fieldset>
        <fieldset>
          <legend>Export</legend>
          <label className="choice">
            <input type="checkbox" checked={draft.acceptedOnly} onChange={(event) => update({ acceptedOnly: event.target.checked })} />
            Accepted only: export accepted examples, not every example that is not rejected
          </label>
        </fieldset>
        <div className="modal-actions">
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="button primary">
            Apply
          </button>
        </div>
      </form>
    </Modal>
  );
}
