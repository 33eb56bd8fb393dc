/**
 * Which roster status allows which action: the one table the backend enforces and clients read
 * (to enable a button, or to say why not before asking the server).
 */
import type { RosterStatus } from './rosters';

export const ROSTER_ACTIONS = {
  /** Rows are added only to a draft. */
  upload: ['draft'],
  /** Submitting a roster already `submitting` resumes its job; a submitted one has nothing to do. */
  submit: ['draft', 'submitting', 'submitted'],
  /** A draft, or a submission abandoned half-way (its claims are released). */
  withdraw: ['draft', 'submitting', 'withdrawing'],
  /** Only once every claim is made: never a list BPJS could bill twice. */
  export: ['submitted'],
  importKpj: ['submitted'],
} as const satisfies Record<string, readonly RosterStatus[]>;

export type RosterAction = keyof typeof ROSTER_ACTIONS;

export function allows(status: RosterStatus, action: RosterAction): boolean {
  return (ROSTER_ACTIONS[action] as readonly RosterStatus[]).includes(status);
}

const WHAT: Record<RosterAction, string> = {
  upload: 'rows can only be added to a draft',
  submit: 'only a draft can be submitted',
  withdraw: 'only a draft or an unfinished submission can be withdrawn',
  export: 'only a submitted roster (every claim made) is exported',
  importKpj: 'KPJ numbers come back for submitted rosters only',
};

const NOW: Record<RosterStatus, string> = {
  draft: 'is a draft',
  submitting: 'is still being submitted (see its progress; submit again to resume a stopped job)',
  submitted: 'is submitted',
  withdrawing: 'is being withdrawn',
  withdrawn: 'was withdrawn',
};

/** A sentence for a person: why `action` cannot be done to a roster in `status`. */
export function refusal(rosterId: string, status: RosterStatus, action: RosterAction): string {
  return `Roster ${rosterId} ${NOW[status]}; ${WHAT[action]}.`;
}
