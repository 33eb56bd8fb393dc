/**
 * Errors of the HTTP API as RFC 9457 problem details (`application/problem+json`).
 *
 * `type` is a stable URI a client may switch on; `title` is the same for every problem of a type;
 * `detail` is a sentence for a person about this occurrence. Validation problems add `errors`,
 * one entry per field at fault, so a task pane can point at the cell.
 */
import * as z from 'zod';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const BASE = 'https://rentan.id/problems/';

/** Every problem type the API answers with. Never rename one: clients switch on the URI. */
export const PROBLEM_TYPES = {
  malformedJson: { type: `${BASE}malformed-json`, title: 'The request body is not valid JSON', status: 400 },
  badRequest: { type: `${BASE}bad-request`, title: 'The request cannot be read', status: 400 },
  validation: { type: `${BASE}validation`, title: 'The request has invalid fields', status: 422 },
  unauthenticated: { type: `${BASE}unauthenticated`, title: 'Sign-in required', status: 401 },
  forbidden: { type: `${BASE}forbidden`, title: 'Not allowed for your role', status: 403 },
  notFound: { type: `${BASE}not-found`, title: 'Not found', status: 404 },
  conflict: { type: `${BASE}conflict`, title: 'Conflicts with the current state', status: 409 },
  chunkMismatch: {
    type: `${BASE}chunk-mismatch`,
    title: 'A different chunk was already uploaded under this number',
    status: 409,
  },
  tooLarge: { type: `${BASE}payload-too-large`, title: 'The request body is too large', status: 413 },
  unsupportedMedia: {
    type: `${BASE}unsupported-media-type`,
    title: 'The request body must be JSON',
    status: 415,
  },
  internal: { type: `${BASE}internal`, title: 'Something went wrong on our side', status: 500 },
} as const;

export type ProblemKind = keyof typeof PROBLEM_TYPES;

export const FieldErrorSchema = z.object({
  /** JSON pointer-like path of the field, e.g. `rows.3.nik`. */
  field: z.string(),
  message: z.string(),
});

export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  /** The request id, also sent as the `X-Request-Id` header and written to every log line. */
  requestId: z.string().optional(),
  errors: z.array(FieldErrorSchema).optional(),
});

export type FieldError = z.infer<typeof FieldErrorSchema>;
export type Problem = z.infer<typeof ProblemSchema>;
