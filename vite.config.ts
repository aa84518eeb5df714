import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

/**
 * Relax the page's Content-Security-Policy for the dev server only. The dev
 * server injects an inline module script (the React Refresh preamble) that the
 * built page neither has nor needs, so `vite build` keeps index.html's policy.
 */
function allowInlineScriptsInDev(): Plugin {
  return {
    name: 'swapset:dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
    },
  };
}

// `vite build --mode cli` builds the command line for Node into dist/cli;
// its dependencies stay in node_modules.
const COMMAND_LINE_BUILD: ViteUserConfig = {
  publicDir: false,
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist/cli',
    target: 'node20',
  },
};

// The page, its tests, and `vite build` without a mode.
const PAGE_BUILD: ViteUserConfig = {
  base: './',
  plugins: [react(), allowInlineScriptsInDev()],
  worker: {
    format: 'es',
  },
  build: {
    outDir: 'dist',
    // Emit every asset as a file: data: URLs would need their own CSP exception.
    assetsInlineLimit: 0,
    // Monaco alone is larger than the default 500 kB warning threshold.
    chunkSizeWarningLimit: 5000,
  },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60000,
  },
};

export default defineConfig(({ mode }) => (mode === 'cli' ? COMMAND_LINE_BUILD : PAGE_BUILD));
