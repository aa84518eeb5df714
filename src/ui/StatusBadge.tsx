import type { ReviewStatus } from '../core/review';

const STATUS_TEXT: Record<ReviewStatus, string> = { unreviewed: 'Unreviewed', accepted: 'Accepted', rejected: 'Rejected' };

/** Shows the review status of an example, with the rejection reason when there is one. */
export function StatusBadge({ status, reason }: { status: ReviewStatus; reason: string | null }) {
  return (
    <span className={`badge status-${status}`} data-status={status}>
      {STATUS_TEXT[status]}
      {status === 'rejected' && reason !== null ? `: ${reason}` : ''}
    </span>
  );
}
