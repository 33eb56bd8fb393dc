import { createHash, timingSafeEqual } from 'node:crypto';
import { GROUPS_CLAIM } from '../../shared/access';
import type { DemoAccount } from './demo-accounts';

/**
 * What the local issuer says about a person, in the shape Cognito's ID token has: the groups claim
 * under its Cognito name, the e-mail address and the display name. `sub` is the username: stable,
 * and readable in audit items.
 */
export function accountClaims(account: DemoAccount): Record<string, unknown> {
  return {
    sub: account.username,
    'cognito:username': account.username,
    email: account.username,
    email_verified: true,
    name: account.name,
    [GROUPS_CLAIM]: [...account.groups],
  };
}

/**
 * The account whose username and password match, or undefined. Demo passwords are public, but the
 * comparison is still constant-time so this code is not a bad example to copy.
 */
export function checkPassword(
  accounts: readonly DemoAccount[],
  username: string,
  password: string,
): DemoAccount | undefined {
  const account = accounts.find((a) => a.username === username);
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  const matches = timingSafeEqual(digest(account?.password ?? ''), digest(password));
  return account && matches ? account : undefined;
}
