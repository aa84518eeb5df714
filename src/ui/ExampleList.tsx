import { memo, useMemo } from 'react';
import type { ReviewStatus } from '../core/review';
import type { ReviewExample } from '../core/types';
import { effectiveSwap, type ReviewEntry } from '../state/entries';
import type { JobStatus } from '../state/jobSlice';
import { selectArchiveNames, selectListExamples, selectVisibleExamples } from '../state/selectors';
import { useSwapsetStore } from '../state/store';
import { useVirtualRows } from './useVirtualRows';

/** Height of one row in pixels. The height of `.example-row` in app.css must match. */
const ROW_HEIGHT = 46;

const STATUS_MARK: Record<ReviewStatus, string> = { unreviewed: '', accepted: 'Accepted', rejected: 'Rejected' };

interface RowProps {
  example: ReviewExample;
  entry: ReviewEntry | undefined;
  position: number;
  total: number;
  selected: boolean;
  showArchive: boolean;
  onSelect(id: string): void;
}

const ExampleRow = memo(function ExampleRow({ example, entry, position, total, selected, showArchive, onSelect }: RowProps) {
  const { source, warnings } = example;
  const status = entry?.status ?? 'unreviewed';
  const swap = effectiveSwap(example, entry);
  const classes = ['example-row', selected && 'is-selected', `is-${status}`].filter(Boolean).join(' ');
  return (
    <li
      role="option"
      aria-selected={selected}
      aria-posinset={position}
      aria-setsize={total}
      className={classes}
      data-example-id={example.id}
      data-status={status}
      title={`${source.archive}: ${source.path}:${source.line}`}
      onClick={() => onSelect(example.id)}
    >
      <span className="example-name">
        <span className="example-function">{source.function}</span>
        {warnings.length > 0 && <WarningMarker count={warnings.length} />}
      </span>
      <span className="example-swap">
        {swap[0]} ↔ {swap[1]}
      </span>
      <span className="example-location">
        {showArchive && <span className="example-archive">{source.archive} ›</span>}
        <span className="is-truncated-at-start">
          <bdi>
            {source.path}:{source.line}
          </bdi>
        </span>
      </span>
      {status !== 'unreviewed' && (
        <span className={`badge status-${status}`} title={entry?.reason ?? undefined}>
          {STATUS_MARK[status]}
        </span>
      )}
    </li>
  );
});

function WarningMarker({ count }: { count: number }) {
  const text = count === 1 ? '1 warning' : `${count} warnings`;
  return (
    <span className="warning-marker" title={text}>
      <span aria-hidden="true">⚠</span>
      <span className="visually-hidden">{text}</span>
    </span>
  );
}

function emptyText(status: JobStatus, functions: number, filtered: boolean): string {
  if (filtered) return 'No example matches the filters.';
  if (status !== 'done') return 'No examples yet. Choose files or load the sample.';
  if (functions === 0) return 'The inputs contain no top-level function.';
  return 'No function became an example. The Skipped tab says why for each one.';
}

/** Lists the examples that pass the filters, in download order, and marks the selected one. */
export function ExampleList() {
  const examples = useSwapsetStore(selectVisibleExamples);
  const listed = useSwapsetStore((state) => selectListExamples(state).length);
  const entries = useSwapsetStore((state) => state.entries);
  const selectedId = useSwapsetStore((state) => state.selectedId);
  const select = useSwapsetStore((state) => state.select);
  const status = useSwapsetStore((state) => state.status);
  const functions = useSwapsetStore((state) => state.functions);
  const showArchive = useSwapsetStore((state) => selectArchiveNames(state).length > 1);

  const selectedIndex = useMemo(() => examples.findIndex((example) => example.id === selectedId), [examples, selectedId]);
  const { scrollerRef, onScroll, first, last, padding } = useVirtualRows(examples.length, ROW_HEIGHT, selectedIndex);
  const rows = examples.slice(first, last);

  return (
    <div className="list-scroller" ref={scrollerRef} onScroll={onScroll}>
      {examples.length === 0 ? (
        <p className="empty">{emptyText(status, functions, listed > 0)}</p>
      ) : (
        <ul role="listbox" aria-label="Examples" style={{ paddingTop: padding.top, paddingBottom: padding.bottom }}>
          {rows.map((example, offset) => (
            <ExampleRow
              key={example.id}
              example={example}
              entry={entries[example.id]}
              position={first + offset + 1}
              total={examples.length}
              selected={example.id === selectedId}
              showArchive={showArchive}
              onSelect={select}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
