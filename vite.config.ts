/// <reference types="vitest/config" />
import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// base './' + hash routing: the same dist/ works from any sub-path of any static host and
// inside an LMS package, with no server rewrites (docs/decisions/0001-hash-routing.md).
export default defineConfig({
  base: './',
  plugins: [
    // MDX must run before React's transform so lessons become ordinary JSX modules.
    { enforce: 'pre', ...mdx({ providerImportSource: undefined }) },
    react({ include: /\.(mdx|js|jsx|ts|tsx)$/ }),
  ],
  build: {
    target: 'es2022',
    // Lessons are split per folder by import.meta.glob; keep the first visit to React + shell.
    modulePreload: { polyfill: false },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['test/setup.ts'],
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/browser/**', 'node_modules/**'],
    restoreMocks: true,
  },
});
