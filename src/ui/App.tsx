import { useEffect, useState } from 'react';
import { workerClient } from '../state/loading';
import { whenPersistenceReady } from '../state/session';
import { useSwapsetStore } from '../state/store';
import { Counts } from './Counts';
import { ConfirmDialog } from './dialogs/ConfirmDialog';
import { PairDialog } from './dialogs/PairDialog';
import { SettingsDialog } from './dialogs/SettingsDialog';
import { ShortcutsDialog } from './dialogs/ShortcutsDialog';
import { StatisticsDialog } from './dialogs/StatisticsDialog';
import { DownloadButtons } from './DownloadButtons';
import { DropZone } from './DropZone';
import { ExampleView } from './ExampleView';
import { JobStatus } from './JobStatus';
import { SampleButton } from './SampleButton';
import { SessionActions } from './SessionActions';
import { SessionBanner } from './SessionBanner';
import { Sidebar } from './Sidebar';
import { SkippedView } from './SkippedView';
import { useReviewKeys } from './useReviewKeys';

/**
 * Renders the review page: inputs, session and downloads on top, the
 * examples or the skipped functions on the left, and the selected one on the
 * right.
 */
export function App() {
  const status = useSwapsetStore((state) => state.status);
  const activeList = useSwapsetStore((state) => state.activeList);
  const openDialog = useSwapsetStore((state) => state.openDialog);
  const showDialog = useSwapsetStore((state) => state.showDialog);
  const ready = useWarmUp();
  useReviewKeys();
  useEffect(() => void whenPersistenceReady(), []);

  return (
    <div className="app" data-state={status} data-ready={ready ? 'true' : 'false'}>
      <header className="app-header">
        <h1>Swapset</h1>
        <p className="app-description">Turns zipped Python repositories into identifier-swap examples for code language models.</p>
        <div className="header-actions">
          <SessionActions />
          <button type="button" className="button" onClick={() => showDialog('settings')}>
            Settings
          </button>
          <button type="button" className="button" onClick={() => showDialog('statistics')}>
            Statistics
          </button>
          <button type="button" className="button" aria-keyshortcuts="?" onClick={() => showDialog('shortcuts')}>
            Shortcuts <kbd aria-hidden="true">?</kbd>
          </button>
        </div>
      </header>
      <section className="toolbar" aria-label="Inputs and totals">
        <DropZone />
        <SampleButton />
        <JobStatus />
        <Counts />
        <div className="toolbar-end">
          <DownloadButtons />
        </div>
      </section>
      <SessionBanner />
      <main className="workspace">
        <Sidebar />
        {activeList === 'examples' ? <ExampleView /> : <SkippedView />}
      </main>
      {openDialog === 'settings' && <SettingsDialog />}
      {openDialog === 'statistics' && <StatisticsDialog />}
      {openDialog === 'shortcuts' && <ShortcutsDialog />}
      {openDialog === 'pair' && <PairDialog />}
      <ConfirmDialog />
    </div>
  );
}

/**
 * Load the parser, then the editor, while the page waits for input, so that
 * neither delays the first drop. Loaded one after the other, they do not
 * compete for the processor, so each of the page's tasks stays short.
 * Returns true once both are loaded.
 */
function useWarmUp(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    workerClient.warmUp(() => {
      import('./editor/warm')
        .then((module) => module.warmEditor())
        // A failed warm-up is not reported here: opening an example loads the editor again.
        .catch(() => {})
        .finally(() => setReady(true));
    });
  }, []);
  return ready;
}
