import { useEffect, useRef } from 'react';
import type { ReviewExample } from '../../core/types';
import { swapDecorations, viewerOptions } from './highlights';
import { monaco, type MonacoApi } from './monaco';

interface DiffViewer {
  editor: MonacoApi.editor.IStandaloneDiffEditor;
  original: MonacoApi.editor.ITextModel;
  modified: MonacoApi.editor.ITextModel;
  originalHighlights: MonacoApi.editor.IEditorDecorationsCollection;
  modifiedHighlights: MonacoApi.editor.IEditorDecorationsCollection;
}

/** Prompt + original body (left) against prompt + swapped body (right), highlighted on both sides. */
export function SwapDiffEditor({ example }: { example: ReviewExample }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const viewerRef = useRef<DiffViewer | null>(null);

  // The two models live as long as the editor and each example replaces their
  // text. Disposing models instead makes Monaco 0.57 reject a diff that was
  // still being computed for them ("no diff result available").
  useEffect(() => {
    const original = monaco.editor.createModel('', 'python');
    const modified = monaco.editor.createModel('', 'python');
    const editor = monaco.editor.createDiffEditor(containerRef.current!, {
      ...viewerOptions,
      originalEditable: false,
      renderSideBySide: true,
      useInlineViewWhenSpaceIsLimited: false,
      ignoreTrimWhitespace: false,
      renderOverviewRuler: false,
    });
    editor.setModel({ original, modified });
    viewerRef.current = {
      editor,
      original,
      modified,
      originalHighlights: editor.getOriginalEditor().createDecorationsCollection(),
      modifiedHighlights: editor.getModifiedEditor().createDecorationsCollection(),
    };
    return () => {
      // The diff editor throws if its models are disposed while it still shows them.
      editor.setModel(null);
      editor.dispose();
      original.dispose();
      modified.dispose();
      viewerRef.current = null;
    };
  }, []);

  useEffect(() => {
    const viewer = viewerRef.current!;
    const offset = example.prompt.length;
    viewer.original.setValue(example.prompt + example.classes[0]);
    viewer.modified.setValue(example.prompt + example.classes[1]);
    viewer.originalHighlights.set(swapDecorations(viewer.original, offset, example.highlights.original, example.swap));
    viewer.modifiedHighlights.set(swapDecorations(viewer.modified, offset, example.highlights.swapped, example.swap));
    viewer.editor.getModifiedEditor().setScrollPosition({ scrollTop: 0, scrollLeft: 0 });
  }, [example]);

  return <div className="editor" ref={containerRef} data-testid="diff-editor" />;
}
