import { memo, useMemo } from 'react';
import type { SkippedFunction, SkipReason } from '../core/types';
import { selectSkipReasonCounts, selectVisibleSkipped } from '../state/selectors';
import { skipKey } from '../state/skippedSlice';
import { useSwapsetStore } from '../state/store';
import { SKIP_REASON_LABELS } from './skipReasons';
import { useVirtualRows } from './useVirtualRows';

/** Height of one row in pixels. The height of `.skipped-row` in app.css must match. */
const ROW_HEIGHT = 62;

/** Renders one button per skip reason with its count; pressing one filters the list to that reason. */
function ReasonFilter() {
  const total = useSwapsetStore((state) => state.skipped.length);
  const counts = useSwapsetStore(selectSkipReasonCounts);
  const filter = useSwapsetStore((state) => state.skipFilter);
  const setSkipFilter = useSwapsetStore((state) => state.setSkipFilter);

  const button = (reason: SkipReason | null, label: string, count: number) => (
    <li key={reason ?? 'all'}>
      <button
        type="button"
        className="reason-button"
        aria-pressed={filter === reason}
        data-reason={reason ?? 'all'}
        // Pressing the active reason again lists every skipped function.
        onClick={() => setSkipFilter(filter === reason ? null : reason)}
      >
        <span className="reason-label">{label}</span> <span className="reason-count">{count}</span>
      </button>
    </li>
  );

  return (
    <ul className="skip-reasons" aria-label="Filter by reason">
      {button(null, 'All reasons', total)}
      {counts.map(([reason, count]) => button(reason, SKIP_REASON_LABELS[reason], count))}
    </ul>
  );
}

interface RowProps {
  skip: SkippedFunction;
  skipKey: string;
  position: number;
  total: number;
  selected: boolean;
  onSelect(key: string): void;
}

const SkippedRow = memo(function SkippedRow({ skip, skipKey, position, total, selected, onSelect }: RowProps) {
  const { source, reason, detail } = skip;
  return (
    <li
      role="option"
      aria-selected={selected}
      aria-posinset={position}
      aria-setsize={total}
      className={selected ? 'skipped-row is-selected' : 'skipped-row'}
      data-reason={reason}
      title={`${detail}\n${source.archive}: ${source.path}:${source.line}`}
      onClick={() => onSelect(skipKey)}
    >
      <span className="example-function">{source.function}</span>
      <span className="skipped-reason">{SKIP_REASON_LABELS[reason]}</span>
      <span className="example-location is-truncated-at-start">
        <bdi>
          {source.path}:{source.line}
        </bdi>
      </span>
      <span className="skipped-detail">{detail}</span>
    </li>
  );
});

/** Lists the top-level functions that did not become examples, filtered by reason, and marks the selected one. */
export function SkippedList() {
  const status = useSwapsetStore((state) => state.status);
  const total = useSwapsetStore((state) => state.skipped.length);
  const visible = useSwapsetStore(selectVisibleSkipped);
  const selectedKey = useSwapsetStore((state) => state.selectedSkipKey);
  const selectSkipped = useSwapsetStore((state) => state.selectSkipped);

  const keys = useMemo(() => visible.map(skipKey), [visible]);
  const selectedIndex = useMemo(() => (selectedKey === null ? -1 : keys.indexOf(selectedKey)), [keys, selectedKey]);
  const { scrollerRef, onScroll, first, last, padding } = useVirtualRows(visible.length, ROW_HEIGHT, selectedIndex);

  let empty: string | null = null;
  if (total === 0) {
    empty = status === 'done' ? 'No function was skipped.' : 'No skipped functions yet. Choose files or load the sample.';
  }

  return (
    <>
      {total > 0 && <ReasonFilter />}
      <div className="list-scroller" ref={scrollerRef} onScroll={onScroll}>
        {empty !== null ? (
          <p className="empty">{empty}</p>
        ) : (
          <ul
            role="listbox"
            aria-label="Skipped functions"
            style={{ paddingTop: padding.top, paddingBottom: padding.bottom }}
          >
            {visible.slice(first, last).map((skip, offset) => (
              <SkippedRow
                key={keys[first + offset]}
                skip={skip}
                skipKey={keys[first + offset]}
                position={first + offset + 1}
                total={visible.length}
                selected={keys[first + offset] === selectedKey}
                onSelect={selectSkipped}
              />
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
