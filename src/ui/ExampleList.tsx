import { memo, useMemo } from 'react';
import type { ReviewExample } from '../core/types';
import type { JobStatus } from '../state/jobSlice';
import { useSwapsetStore } from '../state/store';
import { useVirtualRows } from './useVirtualRows';

/** Height of one row in pixels. The height of `.example-row` in app.css must match. */
const ROW_HEIGHT = 46;

interface RowProps {
  example: ReviewExample;
  position: number;
  total: number;
  selected: boolean;
  rejected: boolean;
  onSelect(id: string): void;
}

const ExampleRow = memo(function ExampleRow({ example, position, total, selected, rejected, onSelect }: RowProps) {
  const { source, swap, warnings } = example;
  const classes = ['example-row', selected && 'is-selected', rejected && 'is-rejected'].filter(Boolean).join(' ');
  return (
    <li
      role="option"
      aria-selected={selected}
      aria-posinset={position}
      aria-setsize={total}
      className={classes}
      data-example-id={example.id}
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
      <span className="example-location is-truncated-at-start">
        <bdi>
          {source.path}:{source.line}
        </bdi>
      </span>
      {rejected && <span className="badge">Rejected</span>}
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

function emptyText(status: JobStatus, functions: number): string {
  if (status !== 'done') return 'No examples yet. Choose files or load the sample.';
  if (functions === 0) return 'The inputs contain no top-level function.';
  return 'No function became an example. The Skipped tab says why for each one.';
}

/** Lists the examples of the current job in download order and marks the selected one. */
export function ExampleList() {
  const examples = useSwapsetStore((state) => state.examples);
  const selectedId = useSwapsetStore((state) => state.selectedId);
  const rejected = useSwapsetStore((state) => state.rejected);
  const select = useSwapsetStore((state) => state.select);
  const status = useSwapsetStore((state) => state.status);
  const functions = useSwapsetStore((state) => state.functions);

  const selectedIndex = useMemo(
    () => examples.findIndex((example) => example.id === selectedId),
    [examples, selectedId],
  );
  const { scrollerRef, onScroll, first, last, padding } = useVirtualRows(examples.length, ROW_HEIGHT, selectedIndex);
  const rows = examples.slice(first, last);

  return (
    <div className="list-scroller" ref={scrollerRef} onScroll={onScroll}>
      {examples.length === 0 ? (
        <p className="empty">{emptyText(status, functions)}</p>
      ) : (
        <ul role="listbox" aria-label="Examples" style={{ paddingTop: padding.top, paddingBottom: padding.bottom }}>
          {rows.map((example, offset) => (
            <ExampleRow
              key={example.id}
              example={example}
              position={first + offset + 1}
              total={examples.length}
              selected={example.id === selectedId}
              rejected={rejected[example.id] === true}
              onSelect={select}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
