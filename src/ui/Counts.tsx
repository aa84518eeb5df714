import { selectProblemFileCount, selectRejectedCount } from '../state/selectors';
import { useSwapsetStore } from '../state/store';

/** Shows the always-visible totals of the current dataset. */
export function Counts() {
  const examples = useSwapsetStore((state) => state.examples.length);
  const rejected = useSwapsetStore(selectRejectedCount);
  const problemFiles = useSwapsetStore(selectProblemFileCount);

  return (
    <ul className="counts" aria-label="Counts">
      <li data-count="examples">Examples: {examples}</li>
      <li data-count="rejected">Rejected: {rejected}</li>
      <li data-count="problems" className={problemFiles > 0 ? 'has-problems' : undefined}>
        Files with problems: {problemFiles}
      </li>
    </ul>
  );
}
