import { viewerOptions } from './highlights';
import { monaco } from './monaco';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Create and dispose an editor off screen, one step per task, while the page
 * is idle. Monaco starts its services and measures its font on the first
 * editor, so the first example then opens without a long task.
 */
export async function warmEditor(): Promise<void> {
  const model = monaco.editor.createModel('def f(items):\n    """Count."""\n    return len(items)\n', 'python');
  await nextTask();
  const host = document.createElement('div');
  host.className = 'editor-warm-up';
  host.setAttribute('aria-hidden', 'true');
  document.body.append(host);
  const editor = monaco.editor.create(host, { ...viewerOptions, model });
  await nextTask();
  editor.dispose();
  model.dispose();
  host.remove();
}
