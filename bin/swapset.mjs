#!/usr/bin/env node
// Runs the TypeScript command line through tsx, so the CLI and the page share src/core as written.
import { register } from 'tsx/esm/api';

// A closed pipe (swapset ... | head) ends the output, not the program with a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
