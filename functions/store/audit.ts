/**
 * Audit items: one for every state change (who, when, what), written in the same transaction as
 * the change itself where DynamoDB allows, so there is no change without its record.
 * They sit under the roster's partition (its history) and on the GSI (the regency's trail).
 * They never hold a NIK: counts and ids only.
 */
import { randomUUID } from 'node:crypto';
import { keys, type Tenant } from './keys';

export interface Actor extends Tenant {
  /** The token's subject (and e-mail when given): who did it. */
  readonly user: string;
}

export type AuditAction =
  | 'roster.created'
  | 'chunk.uploaded'
  | 'chunk.completed'
  | 'roster.submit-started'
  | 'roster.submitted'
  | 'roster.withdraw-started'
  | 'roster.withdrawn'
  | 'kpj.imported';

export function auditItem(
  actor: Actor,
  rosterId: string,
  action: AuditAction,
  at: string,
  what: Record<string, string | number>,
): Record<string, unknown> {
  const id = randomUUID();
  return {
    ...keys.audit(actor, rosterId, at, id),
    ...keys.auditListing(actor, at, id),
    type: 'audit',
    at,
    who: actor.user,
    regency: actor.regency,
    rosterId,
    action,
    what,
  };
}
