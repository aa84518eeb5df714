import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Return the path of the independent dataset checker, check-dataset.py. It is looked for in
 * ../shared/tools/ beside the repository, or where SWAPSET_CHECKER points.
 */
export function checkerPath(): string {
  const path = process.env.SWAPSET_CHECKER ?? fileURLToPath(new URL('../../../shared/tools/check-dataset.py', import.meta.url));
  if (!existsSync(path)) {
    throw new Error(`The dataset checker was not found at ${path}: set SWAPSET_CHECKER to the path of check-dataset.py.`);
  }
  return path;
}
