/**
 * Pagination cursors: opaque to clients, signed (HMAC-SHA256) and bound to the regency and the
 * list they came from. A cursor edited by hand, made up, or taken from another regency's session
 * fails verification and the request is refused; and because the store builds every key from the
 * token's regency (never from a cursor), even a valid-looking position cannot reach another
 * regency's partitions.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Tenant } from './keys';

export class BadCursorError extends Error {
  constructor() {
    super('The cursor is not one this service issued for this list; start again without a cursor.');
  }
}

export interface CursorCodec {
  encode(tenant: Tenant, list: string, position: unknown): string;
  decode(tenant: Tenant, list: string, cursor: string): unknown;
}

/**
 * `secret` should be set (and shared by every instance) in production; without it each process
 * makes its own, which is fine for one process but breaks cursors across Lambda instances.
 */
export function cursorCodec(secret?: string): CursorCodec {
  const key = secret ? Buffer.from(secret, 'utf8') : randomBytes(32);
  const mac = (body: string) => createHmac('sha256', key).update(body).digest('base64url');

  return {
    encode(tenant, list, position) {
      const body = Buffer.from(JSON.stringify({ t: tenant.regency, l: list, p: position })).toString(
        'base64url',
      );
      return `${body}.${mac(body)}`;
    },
    decode(tenant, list, cursor) {
      const [body, signature, extra] = cursor.split('.');
      if (!body || !signature || extra !== undefined) throw new BadCursorError();
      const expected = Buffer.from(mac(body));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw new BadCursorError();
      let parsed: { t?: unknown; l?: unknown; p?: unknown };
      try {
        parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as typeof parsed;
      } catch {
        throw new BadCursorError();
      }
      if (parsed.t !== tenant.regency || parsed.l !== list) throw new BadCursorError();
      return parsed.p;
    },
  };
}
