import { useSwapsetStore } from '../state/store';

/** Lists every file or input that could not be used, each with its reason. */
export function ProblemList() {
  const problems = useSwapsetStore((state) => state.problems);
  if (problems.length === 0) return null;

  return (
    <section className="problems" aria-labelledby="problems-heading">
      <h2 id="problems-heading">Problems ({problems.length})</h2>
      <ul>
        {problems.map((problem, index) => (
          <li key={index} title={problem.path ?? problem.archive}>
            {problem.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
