import { selectSelectedSkipped } from '../state/selectors';
import { useSwapsetStore } from '../state/store';
import { SKIP_REASON_LABELS, SKIP_REASON_RULES } from './skipReasons';

/** Shows why the selected function was skipped: the detail sentence, the rule behind it and where the function is. */
export function SkippedView() {
  const skip = useSwapsetStore(selectSelectedSkipped);

  if (!skip) {
    return (
      <section className="example-view is-empty" aria-label="Selected skipped function">
        <p>Select a skipped function to see why it did not become an example.</p>
      </section>
    );
  }

  const { source, reason, detail } = skip;
  return (
    <section className="example-view skipped-view" aria-label="Selected skipped function" data-reason={reason}>
      <header className="example-header">
        <div className="example-title">
          <h2>{source.function}</h2>
          <span className="reason-pill">{SKIP_REASON_LABELS[reason]}</span>
          <span className="example-location">
            {source.archive} › {source.path}:{source.line}
          </span>
        </div>
      </header>
      <dl className="skipped-facts">
        <dt>Why it was skipped</dt>
        <dd className="skipped-detail-full">{detail}</dd>
        <dt>Rule</dt>
        <dd>{SKIP_REASON_RULES[reason]}</dd>
        <dt>Source</dt>
        <dd>
          Line {source.line} of <code>{source.path}</code> in {source.archive}. The page does not keep file contents
          after parsing, so open the file there to read the function.
        </dd>
      </dl>
      <footer className="key-hints">
        <kbd>J</kbd>/<kbd>↓</kbd> next · <kbd>K</kbd>/<kbd>↑</kbd> previous
      </footer>
    </section>
  );
}
