import { toCsv } from '../core/csv';
import { toJsonl } from '../core/dataset';
import type { Example } from '../core/types';
import { selectDownload } from '../state/selectors';
import { useSwapsetStore } from '../state/store';

/** A download format: its button label, file name, MIME type and writer. */
interface DownloadFormat {
  label: string;
  fileName: string;
  type: string;
  write(examples: Example[]): string;
}

/** The formats the CLI writes, so `--out swapset.jsonl` or `--out swapset.csv` gives the same bytes. */
export const DOWNLOAD_FORMATS: DownloadFormat[] = [
  { label: 'Download JSONL', fileName: 'swapset.jsonl', type: 'application/jsonl', write: toJsonl },
  { label: 'Download CSV', fileName: 'swapset.csv', type: 'text/csv', write: toCsv },
];

/** Save `examples` in `format`, exactly as the CLI writes them for the same inputs. */
function download(format: DownloadFormat, examples: Example[]): void {
  const text = format.write(examples);
  const url = URL.createObjectURL(new Blob([text], { type: format.type }));

  const link = document.createElement('a');
  link.href = url;
  link.download = format.fileName;
  document.body.append(link);
  link.click();
  link.remove();

  // Revoked after a delay rather than at once, so the browser can still read the URL if it starts the download after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Renders one download button per format; each saves the examples that `selectDownload` selects. */
export function DownloadButtons() {
  // Null while a job runs or after it failed, because partial results would not match the CLI's output.
  const selection = useSwapsetStore(selectDownload);
  const examples = selection?.examples ?? [];

  const disabled = examples.length === 0;
  const repeated = selection !== null && selection.duplicates > 0 ? ` (${selection.duplicates} repeated left out)` : '';
  return (
    <div className="downloads">
      {DOWNLOAD_FORMATS.map((format, index) => (
        <button
          key={format.fileName}
          type="button"
          className={index === 0 ? 'button primary' : 'button'}
          onClick={() => download(format, examples)}
          disabled={disabled}
          title={
            disabled
              ? 'Load inputs and keep at least one example to download.'
              : `Save ${examples.length} examples${repeated} as ${format.fileName}`
          }
        >
          {format.label}
        </button>
      ))}
    </div>
  );
}
