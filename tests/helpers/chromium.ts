import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

/** Launch Debian's Chromium headless, with no traffic of its own to outside hosts. */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', ...extraArgs],
  });
}

function findChromium(): string {
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('chromium was not found on the PATH: install it (on Debian: apt-get install chromium).');
  }
}
