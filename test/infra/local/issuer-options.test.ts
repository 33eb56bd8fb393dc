/** The local issuer's options are checked before it listens: a clear error, no server left behind. */
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../../infra/local/demo-accounts';
import { startIssuer } from '../../../infra/local/issuer';

const base = { clientId: 'addin', redirectUris: ['http://127.0.0.1:9/cb'], accounts: DEMO_ACCOUNTS };

describe('startIssuer options', () => {
  it('refuses other client ids that are empty or repeat a client id', async () => {
    for (const otherClientIds of [[''], ['addin'], ['other', 'other'], [' ']]) {
      await expect(startIssuer({ ...base, otherClientIds })).rejects.toThrow(/other client id/);
    }
  });
});
