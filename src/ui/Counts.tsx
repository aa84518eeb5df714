import { selectListExamples, selectProblemFileCount } from '../state/selectors';
import { useSwapsetStore } from '../state/store';

/** Shows the always-visible totals of the current dataset. */
export function Counts() {
  const examples = useSwapsetStore((state) => selectListExamples(state).length);
  const problemFiles = useSwapsetStore(selectProblemFileCount);
  const repeated = useSwapsetStore((state) => state.dataset?.counts.duplicates ?? 0);

  return (
    <ul className="counts" aria-label="Counts">
      <li data-count="examples">Examples: {examples}</li>
      {repeated > 0 && (
        <li data-count="repeated" title="A function that appears in several files or archives is kept once, as the CLI does.">
          Left out as repeated: {repeated}
        </li>
      )}
      <li data-count="problems" className={problemFiles > 0 ? 'has-problems' : undefined}>
        Files with problems: {problemFiles}
      </li>
    </ul>
  );
}
