/**
 * Who may do what, as carried in a signed token's groups claim (`cognito:groups`, the claim
 * Cognito issues; the local issuer issues the same). A user belongs to one regency group and one
 * or more role groups:
 *   regency:6203   the tenant, a 4-digit Kemendagri regency code (Kapuas)
 *   role:operator  Dinas Sosial staff: compile, upload and submit rosters
 *   role:finance   finance staff: read costs and summaries
 *   role:admin     administrators: everything within their regency, including import of KPJ numbers
 * The same names are created as Cognito groups by infra/aws/ and seeded by infra/local/.
 */

export const GROUPS_CLAIM = 'cognito:groups';

export const ROLES = ['operator', 'finance', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const REGENCY_GROUP = /^regency:(\d{4})$/;
const ROLE_GROUP = /^role:(operator|finance|admin)$/;

export function regencyGroup(regency: string): string {
  if (!/^\d{4}$/.test(regency)) throw new Error(`A regency code has 4 digits (e.g. 6203), got "${regency}".`);
  return `regency:${regency}`;
}

export function roleGroup(role: Role): string {
  return `role:${role}`;
}

export interface Access {
  /** The tenant: exactly one regency, or null when the groups name none or several. */
  readonly regency: string | null;
  readonly roles: readonly Role[];
}

/** Reads the regency and roles from a groups claim; anything unrecognised is ignored. */
export function accessFromGroups(groups: unknown): Access {
  const list = Array.isArray(groups) ? groups.filter((g): g is string => typeof g === 'string') : [];
  const regencies = [...new Set(list.flatMap((g) => REGENCY_GROUP.exec(g)?.[1] ?? []))];
  const roles = [...new Set(list.flatMap((g) => (ROLE_GROUP.exec(g)?.[1] as Role | undefined) ?? []))];
  return { regency: regencies.length === 1 ? (regencies[0] ?? null) : null, roles };
}
