// The only module that imports the monaco-editor package. It registers just
// what the review view uses: the core editor, the diff editor, find, Python
// colouring, and the editor worker, which computes diffs. Everything is
// bundled, so the editor works offline and under the page's same-origin CSP.
import type * as MonacoApi from 'monaco-editor/editor/editor.api.js';
import EditorWorker from 'monaco-editor/editor/editor.worker.js?worker';

self.MonacoEnvironment = {
  getWorker: () => new EditorWorker({ name: 'monaco-editor' }),
};

// Evaluating all of Monaco at once was one task of about 110 ms in headless
// Chromium on a 2-core machine, long enough to stall the page. Each part is
// therefore imported on its own, with a task boundary between them.
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const api: typeof MonacoApi = await import('monaco-editor/editor/editor.api.js');
await nextTask();
await import('monaco-editor/features/codicon/register.js');
await nextTask();
await import('monaco-editor/features/diffEditor/register.js');
await nextTask();
await import('monaco-editor/features/find/register.js');
await import('monaco-editor/features/readOnlyMessage/register.js');
await nextTask();
await import('monaco-editor/languages/definitions/python/register.js');

/** The Monaco API, once every part above is loaded. */
export const monaco = api;

/** Monaco's types, for annotations. */
export type { MonacoApi };
