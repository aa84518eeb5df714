import { lazy, Suspense } from 'react';
import { selectSelectedExample } from '../state/selectors';
import { useSwapsetStore } from '../state/store';

// Monaco is large, so it loads when the first example is shown.
const ExampleEditor = lazy(() => import('./editor/ExampleEditor'));

/** Shows the selected example with its source, its warnings, the review buttons and the editor. */
export function ExampleView() {
  const example = useSwapsetStore(selectSelectedExample);
  const rejected = useSwapsetStore((state) => (example ? state.rejected[example.id] === true : false));
  const viewMode = useSwapsetStore((state) => state.viewMode);
  const setViewMode = useSwapsetStore((state) => state.setViewMode);
  const toggleRejected = useSwapsetStore((state) => state.toggleRejected);

  if (!example) {
    return (
      <section className="example-view is-empty" aria-label="Selected example">
        <p>Select an example to see its prompt and swapped body.</p>
      </section>
    );
  }

  const { source, swap } = example;
  const showingOriginal = viewMode === 'side-by-side';
  return (
    <section className="example-view" aria-label="Selected example" data-example-id={example.id}>
      <header className="example-header">
        <div className="example-title">
          <h2>{source.function}</h2>
          <span className="swap-pill">
            <span className="swap-first">{swap[0]}</span> ↔ <span className="swap-second">{swap[1]}</span>
          </span>
          {rejected && <span className="badge">Rejected</span>}
          <span className="example-location">
            {source.archive} › {source.path}:{source.line}
          </span>
        </div>
        <div className="example-actions">
          <button
            type="button"
            className="button"
            aria-pressed={showingOriginal}
            onClick={() => setViewMode(showingOriginal ? 'swapped' : 'side-by-side')}
          >
            Show original
          </button>
          <button
            type="button"
            className={rejected ? 'button' : 'button danger'}
            aria-keyshortcuts="X"
            onClick={() => toggleRejected(example.id)}
          >
            {rejected ? 'Restore' : 'Reject'}
          </button>
        </div>
      </header>
      {example.warnings.length > 0 && (
        <ul className="example-warnings" aria-label="Warnings">
          {example.warnings.map((warning, index) => (
            <li key={index}>
              <strong className="warning-label">Warning:</strong> <span className="warning-text">{warning}</span>
            </li>
          ))}
        </ul>
      )}
      <Suspense fallback={<div className="editor-loading">Loading editor…</div>}>
        <ExampleEditor example={example} viewMode={viewMode} />
      </Suspense>
      <footer className="key-hints">
        <kbd>J</kbd>/<kbd>↓</kbd> next · <kbd>K</kbd>/<kbd>↑</kbd> previous · <kbd>X</kbd> reject or restore
      </footer>
    </section>
  );
}
