/**
 * Requests a route of the route table accepts, built from the route's own zod schemas: the body and
 * query are sampled (fast-check) from the schema's JSON Schema and kept only when the zod schema
 * itself accepts them, so a test that changes only the token knows the token is the one thing at
 * fault. Only required members are filled in: optional ones carry defaults or cross-field rules.
 */
import * as fc from 'fast-check';
import * as z from 'zod';
import type { RouteSpec } from '../../functions/routes/table';

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  default?: unknown;
};

const WORD = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');

function arbitrary(schema: JsonSchema, where: string): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const options = schema.anyOf ?? schema.oneOf;
  if (options) {
    // A value, not null: a null member would test nothing the route does with the field.
    const choice = options.find((o) => o.type !== 'null') ?? options[0];
    if (!choice) throw new Error(`${where}: an empty anyOf`);
    return arbitrary(choice, where);
  }
  if (schema.allOf?.length === 1) return arbitrary(schema.allOf[0]!, where);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const type = types.find((t) => t !== 'null') ?? types[0];
  switch (type) {
    case 'object': {
      const members: Record<string, fc.Arbitrary<unknown>> = {};
      for (const name of schema.required ?? []) {
        const member = schema.properties?.[name];
        if (!member) throw new Error(`${where}.${name}: required but not described`);
        members[name] = arbitrary(member, `${where}.${name}`);
      }
      return fc.record(members);
    }
    case 'array': {
      const length = Math.max(1, schema.minItems ?? 1);
      return fc.array(arbitrary(schema.items ?? {}, `${where}[]`), { minLength: length, maxLength: length });
    }
    case 'string':
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
      return fc.string({
        unit: WORD,
        minLength: Math.max(1, schema.minLength ?? 1),
        maxLength: Math.min(schema.maxLength ?? 24, Math.max(24, schema.minLength ?? 1)),
      });
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? (schema.exclusiveMinimum ?? -1) + 1;
      const max = Math.min(schema.maximum ?? (schema.exclusiveMaximum ?? min + 1001) - 1, min + 1000);
      return fc.integer({ min, max });
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      throw new Error(`${where}: cannot sample a value of ${JSON.stringify(schema).slice(0, 200)}`);
  }
}

/** A value the zod schema accepts (its input form), sampled reproducibly from `seed`. */
export function sampleOf(schema: z.ZodType, seed: number, where = 'value'): unknown {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const accepted = arbitrary(json, where).filter((v) => schema.safeParse(v).success);
  const [value] = fc.sample(accepted, { numRuns: 1, seed });
  if (value === undefined) throw new Error(`${where}: no sample the schema accepts`);
  return value;
}

export interface RouteRequest {
  method: string;
  /** Path with its parameters filled in, and the query string. */
  path: string;
  body?: unknown;
}

/**
 * A request for `route`: each `:param` of its path from `params` (a route whose parameter has no
 * value fails loudly, naming it), the required query members and the body from its schemas.
 */
export function requestFor(route: RouteSpec, params: Record<string, string>, seed = 1): RouteRequest {
  const path = route.path.replace(/:(\w+)/g, (_all, name: string) => {
    const value = params[name];
    if (value === undefined) {
      throw new Error(
        `Route ${route.operationId} has a path parameter :${name} the security suite has no value for; add one.`,
      );
    }
    return encodeURIComponent(value);
  });
  let search = '';
  if (route.query) {
    const query = sampleOf(route.query, seed, `${route.operationId} query`) as Record<string, unknown>;
    const entries = Object.entries(query).map(([k, v]) => [k, String(v)]);
    if (entries.length > 0) search = `?${new URLSearchParams(entries).toString()}`;
  }
  return {
    method: route.method.toUpperCase(),
    path: path + search,
    ...(route.body ? { body: sampleOf(route.body, seed, `${route.operationId} body`) } : {}),
  };
}
