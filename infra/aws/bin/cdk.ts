/**
 * `npm run synth` and `npm run deploy`: the CDK CLI with the add-in built first.
 *
 *   synth   works offline with no credentials: a dummy account and region stand in when none
 *           are set, instance-metadata lookups and CLI telemetry are off, and a sample regency
 *           (6203) is used unless -c regencies=... or RENTAN_REGENCIES says otherwise.
 *   deploy  needs AWS credentials (the CLI finds the account and region from them); rebuilds the
 *           add-in so the published files match the source.
 *
 * Extra arguments pass through: npm run deploy -- -c stage=prod -c regencies=6203,6205
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const [command, ...passThrough] = process.argv.slice(2);
if (command !== 'synth' && command !== 'deploy') {
  console.error('Usage: tsx infra/aws/bin/cdk.ts synth|deploy [cdk options]');
  process.exit(2);
}

const env: NodeJS.ProcessEnv = { ...process.env, CDK_DISABLE_CLI_TELEMETRY: 'true' };
if (command === 'synth') {
  // Offline: never wait on the EC2 metadata service for credentials that are not there.
  env['AWS_EC2_METADATA_DISABLED'] = 'true';
  env['CDK_DEFAULT_ACCOUNT'] ??= '000000000000';
  // The CLI passes its own region to the app (us-east-1 when nothing is configured), so the
  // default goes where the CLI reads it: Jakarta, close to the regencies and their data.
  env['AWS_REGION'] ??= process.env['AWS_DEFAULT_REGION'] ?? 'ap-southeast-3';
  env['CDK_DEFAULT_REGION'] ??= env['AWS_REGION'];
  if (env['RENTAN_REGENCIES'] === undefined && !passThrough.some((arg) => /(^|=)regencies=/.test(arg))) {
    console.log('Synthesising for sample regency 6203; pass -c regencies=... for yours.');
    env['RENTAN_REGENCIES'] = '6203';
  }
}

buildAddin(command === 'deploy');

const args =
  command === 'synth'
    ? ['cdk', 'synth', '--quiet', '--no-notices', ...passThrough]
    : ['cdk', 'deploy', '--all', '--no-notices', ...passThrough];
const result = spawnSync('npx', args, { cwd: root, env, stdio: 'inherit' });
process.exit(result.status ?? 1);

/** Builds dist/addin when it is missing (synth) or always (deploy), if the build exists yet. */
function buildAddin(always: boolean): void {
  const dist = `${root}dist/addin`;
  if (!always && existsSync(dist)) return;
  const scripts = (
    JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts?: Record<string, string> }
  ).scripts;
  if (scripts?.['build:addin'] === undefined) {
    console.warn('No build:addin script yet: the add-in files will be missing from this deployment.');
    return;
  }
  const build = spawnSync('npm', ['run', 'build:addin'], { cwd: root, env: process.env, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('npm run build:addin failed; fix the add-in build first.');
    process.exit(build.status ?? 1);
  }
}
