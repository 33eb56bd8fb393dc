#!/usr/bin/env node
// The `rentan` command (package.json "bin"). The CLI is TypeScript run through tsx, so a clone
// works right after `npm ci` with no build step and never runs stale output.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('./main.ts');
process.exitCode = await run(process.argv.slice(2));
