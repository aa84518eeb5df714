import { useId, useMemo } from 'react';
import { compareText } from '../core/dataset';
import type { InputProblem } from '../core/types';
import { useSwapsetStore } from '../state/store';

/** The problems of one input, under the input's name. */
interface ProblemGroup {
  archive: string;
  problems: InputProblem[];
}

/** Problems listed per input; a damaged archive can have tens of thousands, which would stall the page. */
const SHOWN_PER_INPUT = 200;

/** Compare problem paths, with null (the whole input) before any file path. */
function comparePaths(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return compareText(a, b);
}

/**
 * Group problems by input, sorted by input name, then path, then message, so
 * the list does not depend on the order in which the worker reported them.
 */
function groupProblems(problems: InputProblem[]): ProblemGroup[] {
  const sorted = [...problems].sort(
    (a, b) => compareText(a.archive, b.archive) || comparePaths(a.path, b.path) || compareText(a.message, b.message),
  );

  const groups: ProblemGroup[] = [];
  for (const problem of sorted) {
    const last = groups.at(-1);
    if (last?.archive === problem.archive) last.problems.push(problem);
    else groups.push({ archive: problem.archive, problems: [problem] });
  }
  return groups;
}

/** Lists every file or input that could not be used, with its reason, under the name of its input. */
export function ProblemList() {
  const problems = useSwapsetStore((state) => state.problems);
  const groups = useMemo(() => groupProblems(problems), [problems]);
  const headingId = useId();
  if (problems.length === 0) return null;

  return (
    <section className="problems" aria-labelledby="problems-heading">
      <h2 id="problems-heading">Problems ({problems.length})</h2>
      {groups.map((group, groupIndex) => {
        const groupHeadingId = `${headingId}-${groupIndex}`;
        return (
          <div key={group.archive} className="problem-group">
            <h3 id={groupHeadingId}>{`${group.archive} (${group.problems.length})`}</h3>
            <ul aria-labelledby={groupHeadingId}>
              {group.problems.slice(0, SHOWN_PER_INPUT).map((problem, index) => (
                <li key={index} title={problem.path ?? problem.archive}>
                  {problem.message}
                </li>
              ))}
              {group.problems.length > SHOWN_PER_INPUT && (
                <li className="problem-more">{`${(group.problems.length - SHOWN_PER_INPUT).toLocaleString('en-US')} more problems in ${group.archive} are not listed; the command line lists them all.`}</li>
              )}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
