/**
 * `npm start`: the embedded local stack on this machine. `npm start -- --smoke` (or RENTAN_SMOKE=1)
 * starts everything, checks each URL answers, prints OK and stops: the test of `npm start` itself.
 */
import { JavaMissingError } from './java';
import { InputError } from '../../shared/errors';
import { PortTakenError } from './ports';
import { readSettings } from './settings';
import { smokeCheck } from './smoke';
import { startLocalStack, type RunningStack } from './stack';
import { banner } from './banner';

async function main(): Promise<number> {
  const settings = readSettings(process.env, process.argv.slice(2));
  console.log('Starting the Rentan local stack ...');
  const stack = await startLocalStack(settings);

  if (settings.smoke) {
    const checks = await smokeCheck(stack);
    for (const c of checks) console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`);
    await stack.stop();
    const failed = checks.filter((c) => !c.ok).length;
    console.log(failed === 0 ? 'SMOKE OK' : `SMOKE FAILED: ${failed} of ${checks.length} checks`);
    return failed === 0 ? 0 : 1;
  }

  console.log(banner(stack));
  return waitForStop(stack);
}

/** Ctrl-C (SIGINT) or SIGTERM stops every service, then the process exits 0. */
function waitForStop(stack: RunningStack): Promise<number> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      // tsx relays the terminal's SIGINT, so it arrives twice: ignore repeats while stopping, and
      // give up after a while rather than hang.
      const ignore = () => undefined;
      process.on('SIGINT', ignore);
      process.on('SIGTERM', ignore);
      setTimeout(() => {
        console.error('The local stack did not stop within 20 s; exiting anyway.');
        process.exit(1);
      }, 20_000).unref();
      console.log(`\n${signal}: stopping the local stack ...`);
      stack.stop().then(
        () => {
          console.log('Stopped.');
          resolve(0);
        },
        (error: unknown) => {
          console.error('Stopping failed:', error);
          resolve(1);
        },
      );
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Expected problems get one clear sentence; anything else keeps its stack trace.
    const known =
      error instanceof JavaMissingError || error instanceof PortTakenError || error instanceof InputError;
    console.error(known ? `\n${(error as Error).message}\n` : error);
    process.exit(1);
  },
);
