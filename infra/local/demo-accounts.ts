import { regencyGroup, roleGroup, type Role } from '../../shared/access';

/**
 * A person who may sign in to the local issuer. Local only: these passwords are printed by
 * `npm start` and live in the repository, so nothing here may ever be used outside a laptop or CI.
 */
export interface DemoAccount {
  /** What the person types to sign in; also their e-mail address and the token's subject. */
  readonly username: string;
  readonly password: string;
  readonly name: string;
  /** The token's `cognito:groups` claim (see shared/access.ts). */
  readonly groups: readonly string[];
}

interface DemoRegency {
  readonly code: string;
  /** Lower-case slug used in the usernames. */
  readonly slug: string;
  readonly label: string;
}

/** Two regencies of Central Kalimantan, so tenant isolation is exercised on every run. */
const DEMO_REGENCIES: readonly DemoRegency[] = [
  { code: '6203', slug: 'kapuas', label: 'Kapuas' },
  { code: '6205', slug: 'barito-utara', label: 'Barito Utara' },
];

const ROLE_LABELS: Record<Role, string> = {
  operator: 'Operator Dinas Sosial',
  finance: 'Keuangan (BPKAD)',
  admin: 'Administrator',
};

const DEMO_ROLES: readonly Role[] = ['operator', 'finance', 'admin'];

/**
 * One account per role for each demo regency, e.g. `operator@kapuas.rentan.test` with password
 * `demo-kapuas-operator`. The `.test` top-level domain is reserved and never routes mail.
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = DEMO_REGENCIES.flatMap((regency) =>
  DEMO_ROLES.map((role) => ({
    username: `${role}@${regency.slug}.rentan.test`,
    password: `demo-${regency.slug}-${role}`,
    name: `${ROLE_LABELS[role]} ${regency.label}`,
    groups: [regencyGroup(regency.code), roleGroup(role)],
  })),
);

/** The demo account with this username, or undefined. */
export function findDemoAccount(
  username: string,
  accounts: readonly DemoAccount[] = DEMO_ACCOUNTS,
): DemoAccount | undefined {
  return accounts.find((account) => account.username === username);
}
