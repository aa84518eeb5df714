import { useSwapsetStore } from '../state/store';
import { Counts } from './Counts';
import { DownloadButtons } from './DownloadButtons';
import { DropZone } from './DropZone';
import { ExampleView } from './ExampleView';
import { JobStatus } from './JobStatus';
import { SampleButton } from './SampleButton';
import { Sidebar } from './Sidebar';
import { SkippedView } from './SkippedView';
import { useReviewKeys } from './useReviewKeys';

/**
 * Renders the review page: inputs and totals on top, the examples or the
 * skipped functions on the left, and the selected one on the right.
 */
export function App() {
  const status = useSwapsetStore((state) => state.status);
  const activeList = useSwapsetStore((state) => state.activeList);
  useReviewKeys();

  return (
    <div className="app" data-state={status}>
      <header className="app-header">
        <h1>Swapset</h1>
        <p>
          Turns zipped Python repositories into identifier-swap examples for code language models. Review each swap,
          reject bad ones, download JSONL or CSV.
        </p>
      </header>
      <section className="toolbar" aria-label="Inputs and totals">
        <DropZone />
        <SampleButton />
        <JobStatus />
        <div className="toolbar-end">
          <Counts />
          <DownloadButtons />
        </div>
      </section>
      <main className="workspace">
        <Sidebar />
        {activeList === 'examples' ? <ExampleView /> : <SkippedView />}
      </main>
    </div>
  );
}
