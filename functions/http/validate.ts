/** Reading and validating request input against the shared zod contracts. */
import type { Context } from 'hono';
import type { z } from 'zod';
import { HttpProblem } from './problem';

function fieldErrors(error: z.ZodError): { field: string; message: string }[] {
  return error.issues.slice(0, 50).map((issue) => ({
    field: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
}

function summarise(errors: { field: string; message: string }[]): string {
  const first = errors[0];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return first ? `${first.field}: ${first.message}${more}` : 'The request is invalid.';
}

/** The JSON body, parsed and validated: 415 if not JSON, 400 if malformed, 422 if invalid. */
export async function jsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new HttpProblem('unsupportedMedia', 'Send the body as JSON with "Content-Type: application/json".');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(await c.req.text());
  } catch {
    throw new HttpProblem('malformedJson', 'The body is not valid JSON; check quotes, commas and brackets.');
  }
  return validated(schema, raw);
}

/** Validates query, path or body values: 422 with one entry per field at fault. */
export function validated<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const errors = fieldErrors(result.error);
    throw new HttpProblem('validation', summarise(errors), errors);
  }
  return result.data;
}
