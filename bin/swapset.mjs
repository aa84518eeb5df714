#!/usr/bin/env node
// Runs the TypeScript command line through tsx, so the CLI and the page share src/core as written.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
