#!/usr/bin/env -S node --max-semi-space-size=2 --expose-gc
// Runs the command line from its build in dist/cli (`npm run build`, also run
// by `npm install`), or through tsx from src/ when that build is missing or
// older than a source file, so an edit takes effect without a rebuild.
// SWAPSET_FROM_SOURCE=1 always runs src/. A small young generation, and the
// full collections the CLI requests through --expose-gc, keep its peak memory
// low at no measurable cost in speed.
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// A closed pipe (swapset ... | head) ends the output, not the program with a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const built = new URL('../dist/cli/main.js', import.meta.url);
const sources = fileURLToPath(new URL('../src', import.meta.url));

function newestChange(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(`${entry.parentPath}/${entry.name}`).mtimeMs);
  }
  return newest;
}

function builtIsCurrent() {
  try {
    return statSync(built).mtimeMs >= newestChange(sources);
  } catch {
    return false;
  }
}

let main;
if (process.env.SWAPSET_FROM_SOURCE !== '1' && builtIsCurrent()) {
  ({ main } = await import(built.href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
