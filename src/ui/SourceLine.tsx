import { useEffect, useState } from 'react';
import type { ExampleSource } from '../core/types';

const COPY_MESSAGES = { copied: 'Copied', failed: 'Copy failed: select the text instead' };

/** Shows the example's archive, path and line, with a button that copies "path:line". */
export function SourceLine({ source }: { source: ExampleSource }) {
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const location = `${source.path}:${source.line}`;

  useEffect(() => setCopied(null), [location]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(location);
      setCopied('copied');
    } catch (error) {
      console.error(`Copying ${location} failed: ${String(error)}`);
      setCopied('failed');
    }
  };

  return (
    <div className="source-line">
      <span className="example-location" title={`${source.archive} › ${location}`}>
        {source.archive} › <bdi>{location}</bdi>
      </span>
      <button type="button" className="button small" onClick={() => void copy()} onMouseDown={(event) => event.preventDefault()}>
        Copy path:line
      </button>
      <span className="copy-status" role="status">
        {copied === null ? '' : COPY_MESSAGES[copied]}
      </span>
    </div>
  );
}
