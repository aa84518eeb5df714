import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ReviewExample } from '../core/types';
import { useSwapsetStore } from '../state/store';

// A repository can yield tens of thousands of examples, and laying out that
// many rows on every selection change makes the keyboard lag. The list
// therefore renders only the rows in view plus OVERSCAN_ROWS on each side,
// with padding standing in for the rest. Rows have a fixed height for this.

/** Height of one row in pixels. The height of `.example-row` in app.css must match. */
const ROW_HEIGHT = 46;
const OVERSCAN_ROWS = 40;

interface RowProps {
  example: ReviewExample;
  position: number;
  total: number;
  selected: boolean;
  rejected: boolean;
  onSelect(id: string): void;
}

const ExampleRow = memo(function ExampleRow({ example, position, total, selected, rejected, onSelect }: RowProps) {
  const { source, swap } = example;
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
      <span className="example-function">{source.function}</span>
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

/** Lists the examples of the current job in download order and marks the selected one. */
export function ExampleList() {
  const examples = useSwapsetStore((state) => state.examples);
  const selectedId = useSwapsetStore((state) => state.selectedId);
  const rejected = useSwapsetStore((state) => state.rejected);
  const select = useSwapsetStore((state) => state.select);

  const scrollerRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(0);

  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const observer = new ResizeObserver(() => setViewportHeight(scroller.clientHeight));
    observer.observe(scroller);
    return () => observer.disconnect();
  }, []);

  const selectedIndex = useMemo(
    () => examples.findIndex((example) => example.id === selectedId),
    [examples, selectedId],
  );

  // Keep the selected row in view when the keyboard moves the selection.
  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller || selectedIndex === -1) return;
    const top = selectedIndex * ROW_HEIGHT;
    if (top < scroller.scrollTop) {
      scroller.scrollTop = top;
    } else if (top + ROW_HEIGHT > scroller.scrollTop + scroller.clientHeight) {
      scroller.scrollTop = top + ROW_HEIGHT - scroller.clientHeight;
    }
  }, [selectedIndex]);

  const first = Math.max(Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN_ROWS, 0);
  const last = Math.min(Math.ceil((scrollTop + viewportHeight) / ROW_HEIGHT) + OVERSCAN_ROWS, examples.length);
  const rows = examples.slice(first, last);

  return (
    <section className="example-list" aria-labelledby="examples-heading">
      <h2 id="examples-heading">Examples</h2>
      <div className="list-scroller" ref={scrollerRef} onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}>
        {examples.length === 0 ? (
          <p className="empty">No examples yet. Choose files or load the sample.</p>
        ) : (
          <ul
            role="listbox"
            aria-labelledby="examples-heading"
            style={{ paddingTop: first * ROW_HEIGHT, paddingBottom: (examples.length - last) * ROW_HEIGHT }}
          >
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
    </section>
  );
}
