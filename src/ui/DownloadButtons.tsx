import { useState } from 'react';
import { buildDownload, DOWNLOAD_FORMATS, type DownloadFormat } from '../state/downloads';
import { useSwapsetStore } from '../state/store';
import { saveFile } from './saveFile';

/**
 * Renders one button per download. Each file is written in the worker from
 * the dataset, the settings and the review entries, so a large export does
 * not block the page.
 */
export function DownloadButtons() {
  // Disabled while a job runs or after it failed, because partial results would not match the CLI's output.
  const ready = useSwapsetStore((state) => state.status === 'done' && state.dataset !== null);
  const examples = useSwapsetStore((state) => state.dataset?.examples.length ?? 0);
  const acceptedOnly = useSwapsetStore((state) => state.settings.acceptedOnly);
  const [busy, setBusy] = useState<DownloadFormat['format'] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const download = async (format: DownloadFormat) => {
    setBusy(format.format);
    setError(null);
    try {
      saveFile(await buildDownload(format.format), format.fileName, format.type);
    } catch (caught) {
      const reason = caught instanceof Error ? caught.message : String(caught);
      console.error(`Swapset could not write ${format.fileName}: ${reason}`);
      setError(`${format.fileName} could not be written: ${reason}`);
    } finally {
      setBusy(null);
    }
  };

  const what = acceptedOnly ? 'the accepted examples' : 'every example that is not rejected';
  return (
    <div className="downloads">
      {DOWNLOAD_FORMATS.map((format, index) => (
        <button
          key={format.fileName}
          type="button"
          className={index === 0 ? 'button primary' : 'button'}
          onClick={() => void download(format)}
          disabled={!ready || busy !== null || examples === 0}
          aria-busy={busy === format.format}
          title={ready ? `Save ${what} as ${format.fileName}` : 'Load inputs and wait for them to be parsed.'}
        >
          {busy === format.format ? 'Preparing…' : format.label}
        </button>
      ))}
      {error !== null && (
        <p className="download-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
