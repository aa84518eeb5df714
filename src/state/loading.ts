import { uniqueInputs } from '../core/archive';
import type { ReviewExample } from '../core/types';
import { WorkerClient, type ParseCallbacks, type ParseOutcome } from '../worker/client';
import type { ParseInput } from '../worker/protocol';
import { announceLeftSession, openSessionFor, whenPersistenceReady } from './session';
import { useSwapsetStore } from './store';

/** The page's one worker client; parse, selection and export all run in its worker. */
export const workerClient = new WorkerClient();

/**
 * Counts loads and parses, so that one that finishes late cannot replace a
 * newer one. Every await below is followed by a check.
 */
let loadCount = 0;
let selectCount = 0;

/** An input that is still being read, such as a dropped File. */
export interface PendingInput {
  name: string;
  read(): Promise<ArrayBuffer>;
}

/**
 * Replace the current dataset with the examples built from these inputs. The
 * inputs are hashed first: when a saved session has the same archives, its
 * settings and review entries are restored before parsing.
 */
export async function loadInputs(pending: PendingInput[]): Promise<void> {
  const load = ++loadCount;
  const isCurrent = () => load === loadCount;
  workerClient.cancel();
  announceLeftSession();
  useSwapsetStore.getState().startJob(pending.map((input) => input.name));

  let inputs: ParseInput[];
  try {
    inputs = await Promise.all(pending.map(readPending));
    await whenPersistenceReady();
    if (!isCurrent()) return;
    const archives = await Promise.all(uniqueInputs(inputs).inputs.map(async (input) => ({ name: input.name, sha256: await sha256(input.bytes) })));
    if (!isCurrent()) return;
    await openSessionFor(archives, isCurrent);
  } catch (error) {
    if (isCurrent()) report(error);
    return;
  }
  if (!isCurrent()) return;

  const options = useSwapsetStore.getState().settings.options;
  await runParse((callbacks) => workerClient.parse(inputs, options, callbacks), isCurrent);
}

/** Load files chosen in the file picker or dropped on the page. */
export function loadFiles(files: File[]): Promise<void> {
  return loadInputs(files.map((file) => ({ name: file.name, read: () => file.arrayBuffer() })));
}

/** Parse the loaded inputs again with the current settings' options; the review entries stay. */
export async function reparse(): Promise<void> {
  const load = ++loadCount;
  const isCurrent = () => load === loadCount;
  useSwapsetStore.getState().startReparse();
  const options = useSwapsetStore.getState().settings.options;
  await runParse((callbacks) => workerClient.reparse(options, callbacks), isCurrent);
}

/** Select the dataset again with the current selection settings, without parsing. */
export async function reselect(): Promise<void> {
  const load = loadCount;
  await selectDataset(() => load === loadCount);
}

async function runParse(start: (callbacks: ParseCallbacks) => Promise<ParseOutcome>, isCurrent: () => boolean): Promise<void> {
  const store = useSwapsetStore.getState();
  try {
    // Every callback checks again, because a newer load may have started meanwhile.
    const outcome = await start({
      onProgress: (done, total) => {
        if (isCurrent()) store.setProgress(done, total);
      },
      onBatch: (examples, skipped, problems) => {
        if (isCurrent()) store.addBatch(examples, skipped, problems);
      },
    });
    if (outcome.status !== 'done' || !isCurrent()) return;
    checkTotals(outcome.totals.examples, outcome.totals.skipped);
    useSwapsetStore.setState({ archives: outcome.archives });
    store.finishParse(outcome.jobId, outcome.totals.files, outcome.totals.functions);
    if (await selectDataset(isCurrent)) store.finishJob();
  } catch (error) {
    if (isCurrent()) report(error);
  }
}

// Returns true once the dataset of the current parse is selected and stored.
async function selectDataset(isCurrent: () => boolean): Promise<boolean> {
  const select = ++selectCount;
  const { jobId, settings } = useSwapsetStore.getState();
  if (jobId === null) return false;
  const { ids, counts } = await workerClient.select(jobId, settings.selection);
  if (!isCurrent() || select !== selectCount) return false;

  const byId = new Map<string, ReviewExample>();
  for (const example of useSwapsetStore.getState().examples) byId.set(example.id, example);
  const examples: ReviewExample[] = [];
  for (const id of ids) {
    const example = byId.get(id);
    if (example === undefined) throw new Error(`The worker selected example ${id}, which the page never received. Reload the page and load the inputs again.`);
    examples.push(example);
  }
  useSwapsetStore.getState().setDataset({ examples, counts });
  return true;
}

async function readPending(input: PendingInput): Promise<ParseInput> {
  try {
    return { name: input.name, bytes: await input.read() };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Failed to read ${input.name} (${reason}). Check that the file still exists and drop it again.`);
  }
}

async function sha256(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

// The worker counts what it sent. A difference means that a batch was lost
// or added twice, so the download would not match the CLI's output.
function checkTotals(examples: number, skipped: number): void {
  const state = useSwapsetStore.getState();
  if (state.examples.length !== examples || state.skipped.length !== skipped) {
    console.error(
      `Swapset received ${state.examples.length} examples and ${state.skipped.length} skipped functions, ` +
        `but the parse worker sent ${examples} and ${skipped}. Reload the page and load the inputs again.`,
    );
  }
}

function report(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Swapset could not build examples: ${message}`);
  useSwapsetStore.getState().failJob(message);
}
