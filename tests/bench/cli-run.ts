// Run the CLI in this process; print its wall time and peak memory as a last stderr line.
import { main } from '../../src/cli/main';

const started = performance.now();
const code = await main(process.argv.slice(2));
const seconds = (performance.now() - started) / 1000;
process.stderr.write(`BENCH ${JSON.stringify({ code, seconds, maxRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`);
