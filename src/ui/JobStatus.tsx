import { useSwapsetStore } from '../state/store';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Shows the progress of the current job, its outcome, or why it failed. */
export function JobStatus() {
  const status = useSwapsetStore((state) => state.status);
  const progress = useSwapsetStore((state) => state.progress);
  const inputCount = useSwapsetStore((state) => state.inputNames.length);
  const functions = useSwapsetStore((state) => state.functions);
  const error = useSwapsetStore((state) => state.error);

  if (status === 'failed') {
    return (
      <p className="job-status is-failed" role="alert">
        {error}
      </p>
    );
  }

  let text: string;
  switch (status) {
    case 'idle':
      text = 'No repository loaded.';
      break;
    case 'reading':
      text = `Reading ${plural(inputCount, 'input')}…`;
      break;
    case 'parsing':
      text = `Parsing ${progress.done} of ${plural(progress.total, 'file')}`;
      break;
    case 'done':
      text = `Parsed ${plural(progress.total, 'file')}, ${plural(functions, 'top-level function')}.`;
      break;
  }

  const running = status === 'reading' || status === 'parsing';
  return (
    <div className="job-status" role="status" data-state={status}>
      {running && (
        <progress
          aria-label="Parsing progress"
          max={status === 'parsing' ? Math.max(progress.total, 1) : undefined}
          value={status === 'parsing' ? progress.done : undefined}
        />
      )}
      <span>{text}</span>
    </div>
  );
}
