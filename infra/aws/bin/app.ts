/**
 * The CDK app: `npx cdk synth|deploy -c stage=test -c regencies=6203,6205` (see cdk.json and
 * the README's section for administrators).
 */
import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { readConfig } from '../config';
import { buildRentan } from '../rentan-app';

const app = new App();
const account = process.env['CDK_DEFAULT_ACCOUNT'];
const region = process.env['CDK_DEFAULT_REGION'];
const config = readConfig({ context: (key) => app.node.tryGetContext(key), env: process.env }, account);

// The manifest's four-part version follows package.json, so a release bumps both together.
const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

buildRentan(app, config, {
  env: { account, region },
  manifestVersion: `${pkg.version}.0`,
});
