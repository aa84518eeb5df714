import { useMemo } from 'react';
import { entryOf, selectListExamples, selectPairCounts, selectReviewCounts, selectSkipReasonCounts } from '../../state/selectors';
import { useSwapsetStore } from '../../state/store';
import { BarChart, type BarRow } from '../charts/BarChart';
import { SKIP_REASON_LABELS } from '../skipReasons';
import { Modal } from './Modal';

const TOP_PAIRS = 20;

const STATUS_LEGEND = [
  { label: 'accepted', className: 'bar-accepted' },
  { label: 'rejected', className: 'bar-rejected' },
  { label: 'unreviewed', className: 'bar-unreviewed' },
];

/** Charts of the dataset: examples per pair and per archive, and why functions were skipped. */
export function StatisticsDialog() {
  const close = useSwapsetStore((state) => state.closeDialog);
  const pairCounts = useSwapsetStore(selectPairCounts);
  const reasonCounts = useSwapsetStore(selectSkipReasonCounts);
  const review = useSwapsetStore(selectReviewCounts);
  const examples = useSwapsetStore(selectListExamples);
  const entries = useSwapsetStore((state) => state.entries);
  const counts = useSwapsetStore((state) => state.dataset?.counts ?? null);
  const functions = useSwapsetStore((state) => state.functions);

  const archiveRows = useMemo(() => {
    const byArchive = new Map<string, { accepted: number; rejected: number; unreviewed: number }>();
    const state = useSwapsetStore.getState();
    for (const example of examples) {
      const row = byArchive.get(example.source.archive) ?? { accepted: 0, rejected: 0, unreviewed: 0 };
      row[entryOf(state, example.id)?.status ?? 'unreviewed']++;
      byArchive.set(example.source.archive, row);
    }
    return [...byArchive].map(
      ([archive, row]): BarRow => ({
        label: archive,
        segments: [
          { label: 'accepted', value: row.accepted, className: 'bar-accepted' },
          { label: 'rejected', value: row.rejected, className: 'bar-rejected' },
          { label: 'unreviewed', value: row.unreviewed, className: 'bar-unreviewed' },
        ],
      }),
    );
    // entries is a dependency because each bar splits its archive's examples by status.
  }, [examples, entries]);

  const pairRows: BarRow[] = pairCounts.slice(0, TOP_PAIRS).map(([pair, count]) => ({
    label: pair,
    segments: [{ label: 'examples', value: count, className: 'bar-plain' }],
  }));
  const reasonRows: BarRow[] = reasonCounts.map(([reason, count]) => ({
    label: SKIP_REASON_LABELS[reason],
    segments: [{ label: 'functions', value: count, className: 'bar-skipped' }],
  }));
  const pairTitle =
    pairCounts.length > TOP_PAIRS ? `Examples per swapped pair (top ${TOP_PAIRS} of ${pairCounts.length} pairs)` : 'Examples per swapped pair';

  return (
    <Modal title="Statistics" onClose={close} className="statistics-dialog">
      <dl className="statistics-summary">
        <div>
          <dt>Top-level functions seen</dt>
          <dd>{functions}</dd>
        </div>
        <div>
          <dt>Eligible functions</dt>
          <dd>{counts?.eligible ?? '–'}</dd>
        </div>
        <div>
          <dt>Left out as repeated</dt>
          <dd>{counts?.duplicates ?? '–'}</dd>
        </div>
        <div>
          <dt>Over the caps</dt>
          <dd>{counts ? counts.overArchiveCap + counts.overMax : '–'}</dd>
        </div>
        <div>
          <dt>Examples</dt>
          <dd>{review.total}</dd>
        </div>
        <div>
          <dt>Accepted</dt>
          <dd>{review.accepted}</dd>
        </div>
        <div>
          <dt>Rejected</dt>
          <dd>{review.rejected}</dd>
        </div>
        <div>
          <dt>Unreviewed</dt>
          <dd>{review.unreviewed}</dd>
        </div>
      </dl>
      <BarChart title={pairTitle} unit={['example', 'examples']} rows={pairRows} />
      <BarChart title="Examples per archive" unit={['example', 'examples']} rows={archiveRows} legend={STATUS_LEGEND} />
      <BarChart title="Why functions were skipped" unit={['function', 'functions']} rows={reasonRows} />
    </Modal>
  );
}
