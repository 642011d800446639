import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Two files at a time, also on a 2-core machine (Vitest's default there is
    // one): most tests wait on child processes (Astro builds, Pagefind,
    // Chromium), so a second file uses the time the first spends waiting.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tools/**/*.test.ts', 'tests/**/*.test.ts', 'editor/**/*.test.ts'],
          exclude: ['tests/site/**', '**/*.browser.test.ts', '**/node_modules/**'],
          testTimeout: 60_000,
        },
      },
      {
        // Tests that need the built site share one build (tests/support/global-setup.ts).
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', '**/*.browser.test.ts'],
          exclude: ['**/node_modules/**'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
