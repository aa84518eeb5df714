import type { ReviewStatus } from '../core/review';
import { selectArchiveNames, selectPairCounts, selectReviewCounts } from '../state/selectors';
import { useSwapsetStore } from '../state/store';

const STATUS_FILTERS: Array<{ status: ReviewStatus | null; label: string }> = [
  { status: null, label: 'All' },
  { status: 'unreviewed', label: 'Unreviewed' },
  { status: 'accepted', label: 'Accepted' },
  { status: 'rejected', label: 'Rejected' },
];

/** Filters of the example list: status, archive, swapped pair and a text search over function names and paths. */
export function ExampleFilters() {
  const counts = useSwapsetStore(selectReviewCounts);
  const statusFilter = useSwapsetStore((state) => state.statusFilter);
  const setStatusFilter = useSwapsetStore((state) => state.setStatusFilter);
  const archives = useSwapsetStore(selectArchiveNames);
  const archiveFilter = useSwapsetStore((state) => state.archiveFilter);
  const setArchiveFilter = useSwapsetStore((state) => state.setArchiveFilter);
  const pairs = useSwapsetStore(selectPairCounts);
  const pairFilter = useSwapsetStore((state) => state.pairFilter);
  const setPairFilter = useSwapsetStore((state) => state.setPairFilter);
  const search = useSwapsetStore((state) => state.search);
  const setSearch = useSwapsetStore((state) => state.setSearch);
  const statusCounts: Record<string, number> = { all: counts.total, ...counts };

  return (
    <div className="example-filters">
      <div className="status-filter" role="group" aria-label="Filter by status">
        {STATUS_FILTERS.map(({ status, label }) => (
          <button
            key={label}
            type="button"
            className="filter-button"
            aria-pressed={statusFilter === status}
            data-status={status ?? 'all'}
            onClick={() => setStatusFilter(status)}
          >
            {label} <span className="filter-count">{statusCounts[status ?? 'all']}</span>
          </button>
        ))}
      </div>
      <div className="filter-row">
        <input
          id="example-search"
          type="search"
          className="search-input"
          placeholder="Search functions and paths (/)"
          aria-label="Search functions and paths"
          aria-keyshortcuts="/"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          onKeyDown={(event) => {
            // Leave the field so that the review shortcuts work again.
            if (event.key === 'Escape' || event.key === 'Enter') event.currentTarget.blur();
          }}
        />
      </div>
      <div className="filter-row">
        {archives.length > 1 && (
          <select aria-label="Filter by archive" value={archiveFilter ?? ''} onChange={(event) => setArchiveFilter(event.target.value || null)}>
            <option value="">All archives</option>
            {archives.map((archive) => (
              <option key={archive} value={archive}>
                {archive}
              </option>
            ))}
          </select>
        )}
        <select aria-label="Filter by pair" value={pairFilter ?? ''} onChange={(event) => setPairFilter(event.target.value || null)}>
          <option value="">All pairs ({pairs.length})</option>
          {pairs.map(([pair, count]) => (
            <option key={pair} value={pair}>
              {pair} ({count})
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
