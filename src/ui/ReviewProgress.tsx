import { selectReviewCounts } from '../state/selectors';
import { useSwapsetStore } from '../state/store';

/** Shows a progress bar and "Reviewed N of M" over the dataset's examples. */
export function ReviewProgress() {
  const counts = useSwapsetStore(selectReviewCounts);
  const reviewed = counts.accepted + counts.rejected;
  const text = `Reviewed ${reviewed} of ${counts.total}`;
  return (
    <div className="review-progress">
      <progress aria-label={text} max={Math.max(counts.total, 1)} value={reviewed} />
      <span className="review-progress-text">{text}</span>
      <span className="review-progress-detail">
        {counts.accepted} accepted · {counts.rejected} rejected
      </span>
    </div>
  );
}
