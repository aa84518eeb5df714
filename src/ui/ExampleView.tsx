import { lazy, Suspense, useMemo } from 'react';
import { reswap } from '../core/example';
import { REJECTION_REASONS } from '../state/entries';
import { entryOf, selectSelectedExample } from '../state/selectors';
import { useSwapsetStore } from '../state/store';
import { NoteField } from './NoteField';
import { PairBar } from './PairBar';
import { ReviewBar } from './ReviewBar';
import { SourceLine } from './SourceLine';
import { StatusBadge } from './StatusBadge';
import { ViewSwitch } from './ViewSwitch';

// Monaco is large, so it loads when the first example is shown.
const ExampleEditor = lazy(() => import('./editor/ExampleEditor'));

/** Shows the selected example: its source, pair, review controls, warnings and the editor. */
export function ExampleView() {
  const example = useSwapsetStore(selectSelectedExample);
  const entry = useSwapsetStore((state) => (example ? entryOf(state, example.id) : undefined));
  const viewMode = useSwapsetStore((state) => state.viewMode);
  const reviewMessage = useSwapsetStore((state) => state.reviewMessage);

  // The example as shown: with the pair chosen in review, if there is one.
  const swapKey = entry?.swap?.join('\u0000') ?? '';
  const shown = useMemo(
    () => (example && entry?.swap ? reswap(example, entry.swap) : example),
    // entry.swap is compared by its names, so a note or a decision does not rebuild the editor text.
    [example, swapKey],
  );

  if (!example || !shown) {
    return (
      <section className="example-view is-empty" aria-label="Selected example">
        <p>Select an example to see its prompt and swapped body.</p>
      </section>
    );
  }

  const { source } = example;
  const status = entry?.status ?? 'unreviewed';
  return (
    <section className="example-view" aria-label="Selected example" data-example-id={example.id} data-status={status}>
      <header className="example-header">
        <div className="example-title">
          <h2>{source.function}</h2>
          <StatusBadge status={status} reason={entry?.reason ?? null} />
          <SourceLine source={source} />
        </div>
      </header>
      <ReviewBar />
      <PairBar example={example} entry={entry} swap={shown.swap} />
      <NoteField key={example.id} exampleId={example.id} note={entry?.note ?? ''} />
      {reviewMessage !== null && (
        <p className="review-message" role="status">
          {reviewMessage}
        </p>
      )}
      {example.warnings.length > 0 && (
        <ul className="example-warnings" aria-label="Warnings">
          {example.warnings.map((warning, index) => (
            <li key={index}>
              <strong className="warning-label">Warning:</strong> <span className="warning-text">{warning}</span>
            </li>
          ))}
        </ul>
      )}
      <ViewSwitch />
      <Suspense fallback={<div className="editor-loading">Loading editor…</div>}>
        <ExampleEditor example={shown} viewMode={viewMode} />
      </Suspense>
      <footer className="key-hints">
        <kbd>A</kbd> accept · <kbd>X</kbd> or <kbd>1</kbd>–<kbd>{REJECTION_REASONS.length}</kbd> reject · <kbd>Space</kbd> skip ·{' '}
        <kbd>U</kbd> undo · <kbd>J</kbd>/<kbd>K</kbd> move · <kbd>?</kbd> all shortcuts
      </footer>
    </section>
  );
}
