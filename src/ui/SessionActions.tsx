import type { ChangeEvent } from 'react';
import { startOver } from '../state/session';
import { exportSessionText, importSessionFile } from '../state/sessionTransfer';
import { useSwapsetStore } from '../state/store';
import { saveFile } from './saveFile';

/** File name of an exported review session. */
export const SESSION_FILE_NAME = 'swapset-session.json';

/** Export and import of the review session as a file, and Start over. */
export function SessionActions() {
  const hasSession = useSwapsetStore((state) => state.session !== null);
  const hasEntries = useSwapsetStore((state) => Object.keys(state.entries).length > 0);

  const onImport = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    event.target.blur();
    if (file !== undefined) void importSessionFile(file);
  };

  return (
    <div className="session-actions" role="group" aria-label="Review session">
      <button
        type="button"
        className="button"
        disabled={!hasSession}
        onClick={() => saveFile(exportSessionText(), SESSION_FILE_NAME, 'application/json')}
        title="Save the decisions, notes, chosen pairs and settings as a JSON file"
      >
        Export session
      </button>
      <input id="session-input" className="visually-hidden" type="file" accept=".json,application/json" onChange={onImport} disabled={!hasSession} />
      <label htmlFor="session-input" className={hasSession ? 'button' : 'button is-disabled'} aria-disabled={!hasSession}>
        Import session
      </label>
      <button type="button" className="button danger" disabled={!hasEntries} onClick={() => void startOver()}>
        Start over
      </button>
    </div>
  );
}
