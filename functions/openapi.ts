/**
 * The OpenAPI 3.1 document, generated from the route table and the same zod schemas that validate
 * requests (zod 4's JSON Schema output), so the document cannot drift from the code.
 */
import * as z from 'zod';
import { ProblemSchema, PROBLEM_CONTENT_TYPE } from '../shared/contracts';
import { ROUTES, type RouteSpec } from './routes/table';

type Json = Record<string, unknown>;

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): Json {
  const json = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' }) as Json;
  delete json.$schema;
  return json;
}

function openApiPath(path: string): string {
  return path.replace(/:(\w+)/g, '{$1}');
}

function parameters(route: RouteSpec): Json[] {
  const inPath = [...route.path.matchAll(/:(\w+)/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  if (!route.query) return inPath;
  const query = schemaOf(route.query, 'input') as { properties?: Record<string, Json>; required?: string[] };
  const inQuery = Object.entries(query.properties ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: query.required?.includes(name) ?? false,
    schema,
  }));
  return [...inPath, ...inQuery];
}

const problem = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
});

function operation(route: RouteSpec): Json {
  const success: Json = route.produces
    ? {
        description: 'The file',
        content: Object.fromEntries(
          route.produces.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
        ),
      }
    : {
        description: 'Success',
        content: {
          'application/json': {
            schema: route.response ? schemaOf(route.response, 'output') : { type: 'object' },
          },
        },
      };
  return {
    operationId: route.operationId,
    summary: route.summary,
    description: `Roles: ${route.roles.join(', ')}.`,
    security: [{ bearer: [] }],
    parameters: parameters(route),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schemaOf(route.body, 'input') } },
          },
        }
      : {}),
    responses: {
      [route.status]: success,
      400: problem('Malformed JSON, or a cursor this service did not issue'),
      401: problem('Missing, expired or invalid token'),
      403: problem('Your role may not do this'),
      404: problem('No such roster in your regency'),
      409: problem('Conflicts with the roster’s state'),
      413: problem('Body too large'),
      422: problem('Invalid fields, listed in `errors`'),
    },
  };
}

export function openApiDocument(): Json {
  const paths: Record<string, Json> = {};
  for (const route of ROUTES as readonly RouteSpec[]) {
    const p = openApiPath(route.path);
    paths[p] = { ...(paths[p] ?? {}), [route.method]: operation(route) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Rentan API',
      version: '1',
      description:
        'Rosters of vulnerable workers for regency-funded BPJS Ketenagakerjaan cover: create a draft, upload rows ' +
        'in chunks, submit (claims each NIK), export for BPJS, import KPJ numbers. The regency and role come from ' +
        'the bearer token (OIDC ID token, `cognito:groups`).',
    },
    paths: {
      '/health': {
        get: {
          operationId: 'health',
          summary: 'Liveness, no sign-in',
          responses: { 200: { description: 'OK' } },
        },
      },
      ...paths,
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: { Problem: schemaOf(ProblemSchema, 'output') },
    },
  };
}
