// npm run bench: time the CLI and the page on this machine's CPython standard
// library, side by side with Python's own ast.parse over the same files.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { launchChromium } from '../helpers/chromium';
import { serveFolder } from '../helpers/server';
import { WorkerHeaps } from './heap';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HERE = fileURLToPath(new URL('.', import.meta.url));
const LOADS = Number(process.env.BENCH_LOADS ?? 5);

interface Row {
  name: string;
  seconds: number;
  peakBytes: number | null;
  note: string;
}

const folder = await mkdtemp(join(tmpdir(), 'swapset-bench-'));
const corpus = join(folder, 'cpython-lib.zip');
const files = Number((await run('python3', [join(HERE, 'make_corpus.py'), corpus])).stdout.trim());
const zipBytes = (await stat(corpus)).size;

const python = (await run('python3', [join(HERE, 'python_parse.py'), corpus], { maxBuffer: 1 << 20 })).stdout.trim().split(' ');
const pythonSeconds = Number(python[0]);
const sourceBytes = Number(python[2]);

// The CLI runs as a user runs it, through its executable script.
const cliOut = join(folder, 'cli.jsonl');
const cli = await run('python3', [join(HERE, 'measure.py'), join(ROOT, 'bin/swapset.mjs'), 'build', corpus, '--out', cliOut], {
  cwd: ROOT,
  maxBuffer: 64 << 20,
});
const [cliSeconds, cliPeakBytes] = cli.stdout.trim().split(' ').map(Number);
const cliStats = { seconds: cliSeconds, maxRssBytes: cliPeakBytes };
const summary = cli.stderr.split('\n').find((line) => line.includes('top-level function')) ?? '';
const functions = Number(/(\d+) top-level functions?/.exec(summary)?.[1] ?? 0);

const browser = await measureBrowser();
const rows: Row[] = [
  { name: 'Python ast.parse (reference)', seconds: pythonSeconds, peakBytes: null, note: 'parse only, one process' },
  { name: 'CLI, whole pipeline', seconds: cliStats.seconds, peakBytes: cliStats.maxRssBytes, note: 'max RSS' },
  { name: 'Page, input to last example', seconds: browser.seconds, peakBytes: browser.peakHeapBytes, note: 'JS heap, page and workers' },
];

const mb = sourceBytes / 1e6;
console.log(`Corpus: ${files} files, ${mb.toFixed(1)} MB of source, ${(zipBytes / 1e6).toFixed(1)} MB zipped, ${functions} top-level functions.`);
console.log(`Machine: ${(await run('nproc')).stdout.trim()} cores, Node ${process.version}.\n`);
console.log('| run | seconds | MB/s | functions/s | peak memory | note |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const row of rows) {
  const peak = row.peakBytes === null ? 'n/a' : `${(row.peakBytes / 2 ** 20).toFixed(0)} MiB`;
  console.log(`| ${row.name} | ${row.seconds.toFixed(2)} | ${(mb / row.seconds).toFixed(1)} | ${(functions / row.seconds).toFixed(0)} | ${peak} | ${row.note} |`);
}
console.log('');
console.log(`CLI / Python parse: ${(cliStats.seconds / pythonSeconds).toFixed(2)} (target at most 0.5)`);
console.log(`Page / CLI: ${(browser.seconds / cliStats.seconds).toFixed(2)} (target at most 1.5)`);
console.log(`CLI peak / source size: ${(cliStats.maxRssBytes / sourceBytes).toFixed(2)} (target under 4)`);
console.log(`Page heap peak / source size: ${(browser.peakHeapBytes / sourceBytes).toFixed(2)} (target under 4)`);
console.log(`Longest main-thread task from a drop to its last example, over ${LOADS} loads: ${describeTask(browser.longestTaskMs)} (target at most 100 ms)`);
console.log(`Longest main-thread task while the page started: ${describeTask(browser.longestStartTaskMs)} (target at most 100 ms)`);
console.log(`Page download equals the CLI's JSONL: ${browser.sameAsCli ? 'yes' : 'NO'}`);
console.log(`JS heap, page and workers, after each of ${LOADS} loads: ${browser.heapAfterLoads.map((bytes) => `${(bytes / 2 ** 20).toFixed(0)} MiB`).join(', ')}`);

// The browser reports only tasks of more than 50 ms as long tasks.
function describeTask(ms: number): string {
  return ms === 0 ? 'none over 50 ms' : `${ms.toFixed(0)} ms`;
}

async function measureBrowser() {
  const server = await serveFolder(join(ROOT, 'dist'));
  const chromium = await launchChromium(['--enable-precise-memory-info', '--js-flags=--expose-gc']);
  try {
    const page = await chromium.newPage({ acceptDownloads: true });
    await page.addInitScript(() => {
      const state = { longest: 0, longestAtStart: 0 };
      (window as unknown as { benchState: typeof state }).benchState = state;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) state.longest = Math.max(state.longest, entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${server.origin}/index.html`);
    // The page loads the parser and the editor while it waits for input; a user's first drop comes later.
    await page.locator('.app[data-ready="true"]').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      const state = (window as unknown as { benchState: { longest: number; longestAtStart: number } }).benchState;
      state.longestAtStart = state.longest;
      state.longest = 0;
    });

    const workers = await WorkerHeaps.open(page);
    const mainHeap = () => page.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize);
    const totalHeap = async () => (await mainHeap()) + (await workers.usedBytes());
    let peakHeapBytes = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peakHeapBytes = Math.max(peakHeapBytes, await totalHeap());
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();

    let seconds = 0;
    let longestTaskMs = 0;
    const heapAfterLoads: number[] = [];
    const benchState = () => page.evaluate(() => (window as unknown as { benchState: { longest: number; longestAtStart: number } }).benchState);
    for (let load = 0; load < LOADS; load++) {
      const started = Date.now();
      await page.getByLabel('Choose .zip or .py files').setInputFiles(corpus);
      await page.locator('.app[data-state="parsing"], .app[data-state="reading"]').first().waitFor({ timeout: 60_000 }).catch(() => {});
      await page.locator('.app[data-state="done"]').waitFor({ timeout: 600_000 });
      if (load === 0) {
        seconds = (Date.now() - started) / 1000;
        sampling = false;
        await sampler;
      }
      // Long tasks count from each drop to its last example. The collections below are the benchmark's own, so they are left out.
      await page.waitForTimeout(200);
      longestTaskMs = Math.max(longestTaskMs, (await benchState()).longest);
      await page.evaluate(() => (globalThis as unknown as { gc?: () => void }).gc?.());
      await workers.collectGarbage();
      heapAfterLoads.push(await totalHeap());
      await page.waitForTimeout(200);
      await page.evaluate(() => {
        (window as unknown as { benchState: { longest: number } }).benchState.longest = 0;
      });
    }

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSONL' }).click()]);
    const downloaded = await readFile((await download.path())!, 'utf8');
    return {
      seconds,
      peakHeapBytes,
      longestTaskMs,
      longestStartTaskMs: (await benchState()).longestAtStart,
      sameAsCli: downloaded === (await readFile(cliOut, 'utf8')),
      heapAfterLoads,
    };
  } finally {
    await chromium.close();
    await server.close();
  }
}
