import { relative } from 'node:path';
import { DEMO_ACCOUNTS } from './demo-accounts';
import type { RunningStack } from './stack';

/** What `npm start` prints once everything answers: where things are and how to sign in. */
export function banner(stack: RunningStack): string {
  const manifest = relative(process.cwd(), stack.manifestPath) || stack.manifestPath;
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.username.length));
  const accounts = DEMO_ACCOUNTS.map(
    (a) => `    ${a.username.padEnd(width)}  ${a.password.padEnd(28)}  ${a.groups.join(' ')}`,
  ).join('\n');
  const certificate = stack.certificates.generated
    ? `New development certificates were made in ${stack.certificates.dir}.`
    : `Development certificates: ${stack.certificates.dir}.`;
  return `
Rentan local stack is running (Ctrl-C stops it).

  Add-in files     ${stack.urls.addin}
  Manifest         ${manifest}  (also ${stack.urls.manifest})
  API              ${stack.urls.api}   docs: ${stack.urls.docs}
  OIDC issuer      ${stack.urls.issuer}   client id: ${stack.clientId}
  DynamoDB Local   ${stack.urls.dynamodb}   table: ${stack.tableName}
  Add-in build     ${stack.addinBuild.message}

Sideload the manifest in Excel (see README, "Local stack"). ${certificate}
If the browser or Excel does not trust https://localhost, run once: npx office-addin-dev-certs install

Demo accounts (local only, never use these anywhere else):
${accounts}

Sign in from a shell:
  curl -s ${stack.urls.issuer}/token --cacert ${stack.certificates.dir}/ca.crt \\
    -d grant_type=password -d client_id=${stack.clientId} \\
    -d username=${DEMO_ACCOUNTS[0]!.username} -d password=${DEMO_ACCOUNTS[0]!.password}
`;
}
