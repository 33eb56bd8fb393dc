/**
 * A stable GUID for one deployment's add-in manifest.
 *
 * Office tells add-ins apart by manifest id: if `test` and `production` shared one, a user who
 * sideloads both would see only one. Deriving the id from the account and stage keeps it the
 * same across redeployments (so Office keeps the user's trust and settings) and different
 * between stages, with nothing to store.
 */
import { createHash } from 'node:crypto';
import { InputError } from '../../shared/errors';

export function manifestId(stage: string, account: string): string {
  if (typeof stage !== 'string' || stage.trim() === '') {
    throw new InputError('stage', 'manifestId needs the stage name, e.g. "test".');
  }
  if (typeof account !== 'string' || account.trim() === '') {
    throw new InputError('account', 'manifestId needs the AWS account id (or a fixed label when unknown).');
  }
  const hex = createHash('sha256').update(`rentan-addin:${account}:${stage}`).digest('hex');
  // Shape it as an RFC 9562 name-based GUID: version nibble 8 (custom), variant bits 10.
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
