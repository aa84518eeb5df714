import type { Span } from '../../core/types';
import { monaco, type MonacoApi } from './monaco';

/**
 * Build decorations for the renamed identifiers of one body. The spans are
 * offsets into the body alone, so `bodyOffset` (the prompt's length) shifts
 * them into the editor text. Each name of the swap pair gets its own colour.
 */
export function swapDecorations(
  model: MonacoApi.editor.ITextModel,
  bodyOffset: number,
  spans: Span[],
  swap: [string, string],
): MonacoApi.editor.IModelDeltaDecoration[] {
  return spans.map((span) => {
    const start = model.getPositionAt(bodyOffset + span.start);
    const end = model.getPositionAt(bodyOffset + span.end);
    const range = new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
    const name = model.getValueInRange(range);
    const className = name === swap[0] ? 'swap-highlight swap-first' : 'swap-highlight swap-second';
    return {
      range,
      options: {
        inlineClassName: className,
        overviewRuler: { color: '#d97706', position: monaco.editor.OverviewRulerLane.Center },
        stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
      },
    };
  });
}

/** Read-only viewer settings shared by the single and the diff editor. */
export const viewerOptions: MonacoApi.editor.IEditorOptions = {
  readOnly: true,
  domReadOnly: true,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  automaticLayout: true,
  fontSize: 13,
  lineNumbersMinChars: 3,
  renderLineHighlight: 'none',
  occurrencesHighlight: 'off',
  selectionHighlight: false,
  wordWrap: 'off',
  contextmenu: false,
};
