import { sortExamples, toJsonl } from '../core/dataset';
import { keptExamples } from '../state/selectors';
import { useSwapsetStore } from '../state/store';

export const DOWNLOAD_FILE_NAME = 'swapset.jsonl';

/** Save the examples that are not rejected, exactly as the CLI writes them for the same inputs. */
function downloadJsonl(): void {
  const text = toJsonl(sortExamples(keptExamples(useSwapsetStore.getState())));
  const url = URL.createObjectURL(new Blob([text], { type: 'application/jsonl' }));

  const link = document.createElement('a');
  link.href = url;
  link.download = DOWNLOAD_FILE_NAME;
  document.body.append(link);
  link.click();
  link.remove();

  // Revoked after a delay rather than at once, so the browser can still read the URL if it starts the download after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function DownloadButton() {
  const status = useSwapsetStore((state) => state.status);
  const keptCount = useSwapsetStore((state) => keptExamples(state).length);

  // Partial results of a running or failed job would not match the CLI's output.
  const disabled = status !== 'done' || keptCount === 0;
  return (
    <button
      type="button"
      className="button primary"
      onClick={downloadJsonl}
      disabled={disabled}
      title={disabled ? 'Load inputs and keep at least one example to download.' : `Save ${keptCount} examples as ${DOWNLOAD_FILE_NAME}`}
    >
      Download JSONL
    </button>
  );
}
