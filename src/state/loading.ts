import { DEFAULT_OPTIONS } from '../core/types';
import { ParseClient } from '../worker/client';
import type { JobTotals, ParseInput } from '../worker/protocol';
import { useSwapsetStore } from './store';

const client = new ParseClient();

/** Counts calls to `loadInputs`, so a drop that finishes reading late cannot replace a newer one. */
let loadCount = 0;

/** An input that is still being read, such as a dropped File. */
export interface PendingInput {
  name: string;
  read(): Promise<ArrayBuffer>;
}

/** Replace the current dataset with the examples built from these inputs. */
export async function loadInputs(pending: PendingInput[]): Promise<void> {
  const load = ++loadCount;
  const isCurrent = () => load === loadCount;
  const store = useSwapsetStore.getState();
  client.cancel();
  store.startJob(pending.map((input) => input.name));

  let inputs: ParseInput[];
  try {
    inputs = await Promise.all(pending.map(readPending));
  } catch (error) {
    if (isCurrent()) report(error);
    return;
  }
  if (!isCurrent()) return;

  try {
    // Every callback checks again, because a newer load may have started meanwhile.
    const outcome = await client.parse(inputs, DEFAULT_OPTIONS, {
      onProgress: (done, total) => {
        if (isCurrent()) store.setProgress(done, total);
      },
      onBatch: (examples, skipped, problems) => {
        if (isCurrent()) store.addBatch(examples, skipped, problems);
      },
    });
    if (outcome.status === 'done' && isCurrent()) {
      checkTotals(outcome.totals);
      store.finishJob(outcome.totals.files, outcome.totals.functions);
    }
  } catch (error) {
    if (isCurrent()) report(error);
  }
}

/** Load files chosen in the file picker or dropped on the page. */
export function loadFiles(files: File[]): Promise<void> {
  return loadInputs(files.map((file) => ({ name: file.name, read: () => file.arrayBuffer() })));
}

async function readPending(input: PendingInput): Promise<ParseInput> {
  try {
    return { name: input.name, bytes: await input.read() };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Failed to read ${input.name} (${reason}). Check that the file still exists and drop it again.`);
  }
}

// The worker counts what it sent. A difference means that a batch was lost
// or added twice, so the download would not match the CLI's output.
function checkTotals(totals: JobTotals): void {
  const { examples, skipped } = useSwapsetStore.getState();
  if (examples.length !== totals.examples || skipped.length !== totals.skipped) {
    console.error(
      `Swapset received ${examples.length} examples and ${skipped.length} skipped functions, ` +
        `but the parse worker sent ${totals.examples} and ${totals.skipped}. Reload the page and load the inputs again.`,
    );
  }
}

function report(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Swapset could not build examples: ${message}`);
  useSwapsetStore.getState().failJob(message);
}
