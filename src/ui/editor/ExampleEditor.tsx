import type { ReviewExample } from '../../core/types';
import type { ViewMode } from '../../state/reviewSlice';
import { SwapDiffEditor } from './SwapDiffEditor';
import { SwapEditor } from './SwapEditor';

// Default export so that the page can load Monaco lazily with React.lazy.

/** Shows the selected example in the editor for the current view mode. */
export default function ExampleEditor({ example, viewMode }: { example: ReviewExample; viewMode: ViewMode }) {
  return <div className="editor-pane">{viewMode === 'diff' ? <SwapDiffEditor example={example} /> : <SwapEditor example={example} />}</div>;
}
