import { useEffect, useLayoutEffect, useRef, useState, type RefObject, type UIEvent } from 'react';

// A repository can yield tens of thousands of rows, and laying out that many
// on every selection change makes the keyboard lag. A list therefore renders
// only the rows in view plus OVERSCAN_ROWS on each side, with padding
// standing in for the rest. Its rows must all have the same height for this.

const OVERSCAN_ROWS = 40;

/** The slice of a list to render, and what its scrolling element needs. */
export interface VirtualRows {
  scrollerRef: RefObject<HTMLDivElement | null>;
  onScroll(event: UIEvent<HTMLDivElement>): void;
  /** Index of the first row to render. */
  first: number;
  /** Index one past the last row to render. */
  last: number;
  /** Padding, in pixels, standing in for the rows above `first` and below `last`. */
  padding: { top: number; bottom: number };
}

/**
 * Track which of `count` rows of `rowHeight` pixels are in view, and scroll
 * the row at `selectedIndex` into view whenever it changes (-1 for none).
 */
export function useVirtualRows(count: number, rowHeight: number, selectedIndex: number): VirtualRows {
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

  // Keep the selected row in view when the keyboard moves the selection.
  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller || selectedIndex === -1) return;
    const top = selectedIndex * rowHeight;
    if (top < scroller.scrollTop) {
      scroller.scrollTop = top;
    } else if (top + rowHeight > scroller.scrollTop + scroller.clientHeight) {
      scroller.scrollTop = top + rowHeight - scroller.clientHeight;
    }
  }, [selectedIndex, rowHeight]);

  // After the list shrinks, scrollTop can be past its end until the browser
  // clamps it, so `first` is clamped too.
  const last = Math.min(Math.ceil((scrollTop + viewportHeight) / rowHeight) + OVERSCAN_ROWS, count);
  const first = Math.min(Math.max(Math.floor(scrollTop / rowHeight) - OVERSCAN_ROWS, 0), last);
  return {
    scrollerRef,
    onScroll: (event) => setScrollTop(event.currentTarget.scrollTop),
    first,
    last,
    padding: { top: first * rowHeight, bottom: (count - last) * rowHeight },
  };
}
