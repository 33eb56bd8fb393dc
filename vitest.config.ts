import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import type { BrowserCommand } from 'vitest/node';

// One runner for the whole repo. Each project is a room of the house:
// - unit: pure code (shared/, custom functions, CDK assertions), no services.
// Projects that need a real service (DynamoDB Local, Chromium) are added beside it.
/**
 * A browser command loaded on first use through vitest's module runner, like test code: imported
 * here directly, the config loader would bundle the project's extensionless imports and warn.
 */
function nodeCommand(module: string, name: string): BrowserCommand<any[]> {
  return async (context, ...args) => {
    const commands = await context.project.import<Record<string, BrowserCommand<any[]>>>(module);
    return commands[name]!(context, ...args);
  };
}

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/functions/**', 'test/browser/**', 'test/cli/**'],
          // Room for a loaded 2-core machine (vitest's default is 5 s); a passing test ends sooner.
          testTimeout: 30_000,
        },
      },
      {
        // - cli: the `rentan` command spawned as a user runs it, on files made in the test.
        //   Each spawn starts Node and tsx, hence the longer timeout.
        test: {
          name: 'cli',
          environment: 'node',
          include: ['test/cli/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        // - integration: the backend against the real local stack (DynamoDB Local in memory and the
        //   OIDC issuer), started once per run by the global setup.
        test: {
          name: 'integration',
          environment: 'node',
          include: ['test/functions/**/*.test.ts'],
          // Log capture: every line the backend writes in the run is searched for full NIKs.
          globalSetup: ['test/setup/log-capture.global.ts', 'test/setup/local-services.ts'],
          setupFiles: ['test/setup/log-capture.ts'],
          // Room for a loaded 2-core machine: tests wait for readiness, never for a fixed time.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // - browser: the task pane in headless Chromium. Debian's own build (never a downloaded
        //   browser; CHROMIUM_PATH overrides the path). The flags suit a root user on a machine
        //   without network: no sandbox (root), no GPU, nothing that phones home at start.
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
                args: [
                  '--no-sandbox',
                  '--disable-gpu',
                  '--disable-quic',
                  '--no-first-run',
                  '--disable-background-networking',
                  '--disable-component-update',
                  '--disable-sync',
                ],
              },
            }),
            instances: [{ browser: 'chromium' }],
            // Failures are DOM assertions with their own messages; screenshots would land in test/.
            screenshotFailures: false,
            // Run in Node on a test's request: the real add-in build, served over HTTP.
            commands: {
              visitBuiltPane: nodeCommand('./test/browser/commands/built-pane.ts', 'visitBuiltPane'),
              walkThePane: nodeCommand('./test/browser/commands/walk-pane.ts', 'walkThePane'),
            },
          },
        },
      },
    ],
  },
});
