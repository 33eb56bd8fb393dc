/** Reading and validating request input against the shared zod contracts. */
import type { Context } from 'hono';
import type * as z from 'zod';
import { HttpProblem } from './problem';

/** Where a value came from, so a message can say where to look. */
export type InputPlace = 'body' | 'path' | 'query';

/**
 * Names a body path as a person sees it (e.g. "row 7" for `rows.3` of a chunk starting at row 4),
 * or null to use the path as it is.
 */
export type PathLabel = (raw: unknown, path: readonly PropertyKey[]) => string | null;

interface FieldError {
  field: string;
  message: string;
}

function fieldErrors(
  error: z.ZodError,
  place: InputPlace,
  name: string | undefined,
  raw: unknown,
  label?: PathLabel,
): FieldError[] {
  return error.issues.slice(0, 50).map((issue) => {
    const path = issue.path.map(String).join('.');
    const field = place === 'body' ? path || '(body)' : [name, path].filter(Boolean).join('.') || place;
    const where =
      place === 'body' ? label?.(raw, issue.path) : `in the ${place === 'path' ? 'address' : 'query'}`;
    return { field, message: where ? `${issue.message} (${where})` : issue.message };
  });
}

function summarise(errors: FieldError[]): string {
  const first = errors[0];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return first ? `${first.field}: ${first.message}${more}` : 'The request is invalid.';
}

/** The JSON body, parsed and validated: 415 if not JSON, 400 if malformed, 422 if invalid. */
export async function jsonBody<S extends z.ZodType>(
  c: Context,
  schema: S,
  label?: PathLabel,
): Promise<z.infer<S>> {
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
  return validated(schema, raw, 'body', undefined, label);
}

/**
 * Validates a body, path or query value: 422 with one entry per field at fault. `name` is the
 * path or query parameter's name (a path value is a bare string, so the issue itself has none).
 */
export function validated<S extends z.ZodType>(
  schema: S,
  value: unknown,
  place: InputPlace = 'body',
  name?: string,
  label?: PathLabel,
): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const errors = fieldErrors(result.error, place, name, value, label);
    throw new HttpProblem('validation', summarise(errors), errors);
  }
  return result.data;
}

/** Rows of a chunk named by their roster row number: "roster row 1,204". */
export const chunkRowLabel: PathLabel = (raw, path) => {
  const firstRow = (raw as { firstRow?: unknown } | null)?.firstRow;
  if (path[0] !== 'rows' || typeof path[1] !== 'number') return null;
  return Number.isInteger(firstRow) ? `roster row ${(firstRow as number) + path[1]}` : `rows[${path[1]}]`;
};
