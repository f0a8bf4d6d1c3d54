import { defineConfig } from 'vitest/config';

/** Unit test files that replace a module with `vi.mock`. */
const MOCKS_MODULES = ['tests/unit/view/sun-bloom-code.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: MOCKS_MODULES,
          environment: 'node',
          // The pure core's tests share a worker's modules: importing them anew for every file
          // took most of the run.
          isolate: false,
        },
      },
      {
        test: {
          // React and R3F trees keep loader caches and renderer state in their modules, and a
          // file that mocks a module must not lend the mock to the next: each file gets its own.
          name: 'unit-view',
          include: ['tests/unit/**/*.test.tsx', ...MOCKS_MODULES],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          setupFiles: ['tests/e2e/setup.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 120_000,
          // Software WebGL on two cores draws a frame in about a second: DOM readouts that
          // follow the frames need more than the default second to catch up.
          expect: { poll: { timeout: 20_000 } },
        },
      },
    ],
  },
});
