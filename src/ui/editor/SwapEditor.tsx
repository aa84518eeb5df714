import { useEffect, useRef } from 'react';
import type { ReviewExample } from '../../core/types';
import { swapDecorations, viewerOptions } from './highlights';
import { monaco, type MonacoApi } from './monaco';

interface Viewer {
  editor: MonacoApi.editor.IStandaloneCodeEditor;
  model: MonacoApi.editor.ITextModel;
  highlights: MonacoApi.editor.IEditorDecorationsCollection;
}

/** Prompt + swapped body (`classes[1]`) in one read-only editor, renamed identifiers highlighted. */
export function SwapEditor({ example }: { example: ReviewExample }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const viewerRef = useRef<Viewer | null>(null);

  // One model lives as long as the editor, and each example replaces its text.
  useEffect(() => {
    const model = monaco.editor.createModel('', 'python');
    const editor = monaco.editor.create(containerRef.current!, { ...viewerOptions, model });
    viewerRef.current = { editor, model, highlights: editor.createDecorationsCollection() };
    return () => {
      editor.dispose();
      model.dispose();
      viewerRef.current = null;
    };
  }, []);

  useEffect(() => {
    const { editor, model, highlights } = viewerRef.current!;
    model.setValue(example.prompt + example.classes[1]);
    highlights.set(swapDecorations(model, example.prompt.length, example.highlights.swapped, example.swap));
    editor.setScrollPosition({ scrollTop: 0, scrollLeft: 0 });
  }, [example]);

  return <div className="editor" ref={containerRef} data-testid="swapped-editor" />;
}
