import { useRef, type KeyboardEvent } from 'react';
import type { ListName } from '../state/reviewSlice';
import { selectListExamples } from '../state/selectors';
import { useSwapsetStore } from '../state/store';
import { ExampleFilters } from './ExampleFilters';
import { ExampleList } from './ExampleList';
import { ProblemList } from './ProblemList';
import { ReviewProgress } from './ReviewProgress';
import { SkippedList } from './SkippedList';

const TABS: Array<{ list: ListName; label: string }> = [
  { list: 'examples', label: 'Examples' },
  { list: 'skipped', label: 'Skipped' },
];

/** Renders the tabs for the examples and the skipped functions, the chosen list, and the problems below. */
export function Sidebar() {
  const activeList = useSwapsetStore((state) => state.activeList);
  const setActiveList = useSwapsetStore((state) => state.setActiveList);
  const exampleCount = useSwapsetStore((state) => selectListExamples(state).length);
  const skippedCount = useSwapsetStore((state) => state.skipped.length);
  const tabRefs = useRef(new Map<ListName, HTMLButtonElement>());
  const counts: Record<ListName, number> = { examples: exampleCount, skipped: skippedCount };

  // Arrow keys, Home and End move between the tabs and show the focused one,
  // as in the WAI-ARIA tabs pattern with automatic activation.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = TABS.findIndex((tab) => tab.list === activeList);
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
        next = (current + 1) % TABS.length;
        break;
      case 'ArrowLeft':
        next = (current - 1 + TABS.length) % TABS.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = TABS.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    const list = TABS[next].list;
    setActiveList(list);
    tabRefs.current.get(list)?.focus();
  };

  return (
    <aside className="sidebar">
      <div role="tablist" aria-label="Lists" className="list-tabs" onKeyDown={onKeyDown}>
        {TABS.map(({ list, label }) => {
          const selected = list === activeList;
          return (
            <button
              key={list}
              ref={(button) => {
                if (button) tabRefs.current.set(list, button);
                else tabRefs.current.delete(list);
              }}
              id={`${list}-tab`}
              type="button"
              role="tab"
              aria-selected={selected}
              aria-controls={selected ? `${list}-panel` : undefined}
              tabIndex={selected ? 0 : -1}
              onClick={() => setActiveList(list)}
            >
              {`${label} (${counts[list]})`}
            </button>
          );
        })}
      </div>
      <section
        role="tabpanel"
        id={`${activeList}-panel`}
        aria-labelledby={`${activeList}-tab`}
        className="list-panel"
        tabIndex={0}
      >
        {activeList === 'examples' ? (
          <>
            <ExampleFilters />
            <ReviewProgress />
            <ExampleList />
          </>
        ) : (
          <SkippedList />
        )}
      </section>
      <ProblemList />
    </aside>
  );
}
