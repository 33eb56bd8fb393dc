/** Creating a draft roster. */
import { randomBytes } from 'node:crypto';
import { addMonths } from '../../shared/calendar';
import { DEFAULT_POLICY, requirePolicy } from '../../shared/eligibility';
import { InputError } from '../../shared/errors';
import type { CreateRosterRequest, Roster } from '../../shared/contracts';
import { publicRoster, type Actor, type StoredRoster } from '../store';
import { HttpProblem } from '../http/problem';
import type { Deps } from './deps';

/** Time-ordered (newest sorts last) and unguessable: 9 base-36 characters of time, 16 hex of chance. */
export function newRosterId(now: Date): string {
  return now.getTime().toString(36).padStart(9, '0') + randomBytes(8).toString('hex');
}

export async function createRoster(deps: Deps, actor: Actor, request: CreateRosterRequest): Promise<Roster> {
  let policy;
  try {
    // The programme regency defaults to the caller's: NIKs issued elsewhere are flagged (not refused).
    policy = requirePolicy({ ...DEFAULT_POLICY, regency: actor.regency, ...request.policy });
  } catch (error) {
    if (error instanceof InputError) {
      throw new HttpProblem('validation', error.message, [
        { field: `policy.${error.field}`, message: error.message },
      ]);
    }
    throw error;
  }
  const now = deps.now();
  const roster: StoredRoster = {
    id: newRosterId(now),
    regency: actor.regency,
    name: request.name,
    village: request.village,
    funding: request.funding,
    program: request.program,
    incomeBase: request.incomeBase,
    startMonth: request.startMonth,
    months: request.months,
    endMonth: addMonths(request.startMonth, request.months),
    sector: request.sector,
    policy,
    status: 'draft',
    rowCount: 0,
    chunkCount: 0,
    createdAt: now.toISOString(),
    createdBy: actor.user,
    submittedAt: null,
    withdrawnAt: null,
    pendingChunks: 0,
    progress: null,
  };
  await deps.store.rosters.create(actor, roster);
  deps.logger.log('info', 'roster created', { rosterId: roster.id, regency: actor.regency });
  return publicRoster(roster);
}
