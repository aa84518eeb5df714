import type { ReviewExample } from '../../core/types';
import type { ViewMode } from '../../state/reviewSlice';
import { SwapDiffEditor } from './SwapDiffEditor';
import { SwapEditor } from './SwapEditor';

// Default export so that the page can load Monaco lazily with React.lazy.

/** Shows the selected example in the editor for the current view mode. */
export default function ExampleEditor({ example, viewMode }: { example: ReviewExample; viewMode: ViewMode }) {
  if (viewMode === 'side-by-side') {
    return (
      <div className="editor-pane">
        <div className="editor-captions">
          <span>Prompt + original body (class 0)</span>
          <span>Prompt + swapped body (class 1, the answer)</span>
        </div>
        <SwapDiffEditor example={example} />
      </div>
    );
  }
  return (
    <div className="editor-pane">
      <div className="editor-captions">
        <span>Prompt + swapped body (class 1, the answer)</span>
      </div>
      <SwapEditor example={example} />
    </div>
  );
}
