// The only module that imports the monaco-editor package. It registers just
// what the review view uses: the core editor, the diff editor, find, Python
// colouring, and the editor worker, which computes diffs. Everything is
// bundled, so the editor works offline and under the page's same-origin CSP.
import * as monaco from 'monaco-editor/editor/editor.api.js';
import 'monaco-editor/features/codicon/register.js';
import 'monaco-editor/features/diffEditor/register.js';
import 'monaco-editor/features/find/register.js';
import 'monaco-editor/features/readOnlyMessage/register.js';
import 'monaco-editor/languages/definitions/python/register.js';
import EditorWorker from 'monaco-editor/editor/editor.worker.js?worker';

self.MonacoEnvironment = {
  getWorker: () => new EditorWorker({ name: 'monaco-editor' }),
};

export { monaco };
