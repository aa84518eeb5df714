import { useEffect, useState, type ChangeEvent } from 'react';
import { loadFiles } from '../state/loading';

/** True when a drag carries files, as opposed to text or a link. */
function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * File picker plus a drop target covering the whole window, so that a file
 * dropped anywhere is loaded instead of being opened by the browser.
 */
export function DropZone() {
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // dragenter and dragleave fire for every child element crossed, so count them.
    let depth = 0;
    const onDragEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(depth - 1, 0);
      if (depth === 0) setDragging(false);
    };
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length > 0) void loadFiles(files);
    };

    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    // Clear the value so that choosing the same files again fires another change,
    // and leave the input so that the review shortcuts work at once.
    event.target.value = '';
    event.target.blur();
    if (files.length > 0) void loadFiles(files);
  };

  return (
    <div className={dragging ? 'drop-zone is-dragging' : 'drop-zone'}>
      <input id="file-input" className="visually-hidden" type="file" accept=".zip,.py" multiple onChange={onChange} />
      <label htmlFor="file-input" className="button">
        Choose .zip or .py files
      </label>
      <span className="drop-hint">{dragging ? 'Release to load the files' : 'or drop them anywhere on the page'}</span>
    </div>
  );
}
