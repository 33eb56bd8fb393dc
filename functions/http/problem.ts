/** Turning failures into RFC 9457 problem details, in one place. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  PROBLEM_CONTENT_TYPE,
  PROBLEM_TYPES,
  type FieldError,
  type ProblemKind,
} from '../../shared/contracts';

export class HttpProblem extends Error {
  constructor(
    readonly kind: ProblemKind,
    readonly detail: string,
    readonly errors?: FieldError[],
  ) {
    super(detail);
  }
}

export function problemResponse(
  c: Context,
  kind: ProblemKind,
  detail: string,
  errors?: FieldError[],
): Response {
  const def = PROBLEM_TYPES[kind];
  const requestId = c.get('requestId') as string | undefined;
  const body = {
    type: def.type,
    title: def.title,
    status: def.status,
    detail,
    instance: new URL(c.req.url).pathname,
    ...(requestId ? { requestId } : {}),
    ...(errors ? { errors } : {}),
  };
  return c.body(JSON.stringify(body), def.status as ContentfulStatusCode, {
    'Content-Type': PROBLEM_CONTENT_TYPE,
  });
}
