import { defineConfig } from 'vitest/config';

// One runner for the whole repo. Each project is a room of the house:
// - unit: pure code (shared/, custom functions, CDK assertions), no services.
// Projects that need a real service (DynamoDB Local, Chromium) are added beside it.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/functions/**', 'test/browser/**'],
        },
      },
      {
        // - integration: the backend against the real local stack (DynamoDB Local in memory and the
        //   OIDC issuer), started once per run by the global setup.
        test: {
          name: 'integration',
          environment: 'node',
          include: ['test/functions/**/*.test.ts'],
          globalSetup: ['test/setup/local-services.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
