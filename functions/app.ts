/**
 * The Hono app: one code path for both hosts (Lambda and Node). Cross-cutting concerns are
 * middleware, in this order: request id → access log → secure headers → CORS → body limit →
 * (under /v1) authentication → role → handler. Every failure leaves as problem+json.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { InputError } from '../shared/errors';
import { DEFAULT_MAX_BODY_BYTES, type AppConfig } from './config';
import { authenticate, requireRole, type Caller } from './http/auth';
import { jsonLogger } from './http/logger';
import { HttpProblem, problemResponse } from './http/problem';
import { createStore, BadCursorError, NotFoundError } from './store';
import { isConditionFailure } from './store/rosters';
import { ROUTES, type RouteSpec } from './routes/table';
import { handlers } from './routes/handlers';
import { openApiDocument } from './openapi';
import { docsPage } from './docs-page';
import type { Deps } from './rosters/deps';
import { inProcessQueue, type InProcessQueue } from './rosters/jobs/in-process';
import { runJob } from './rosters/jobs/run';

export interface AppEnv {
  Variables: { caller: Caller; requestId: string };
}

export interface Service {
  app: Hono<AppEnv>;
  deps: Deps;
  /** The in-process job queue when the config named no queue (Node host); null with SQS. */
  jobs: InProcessQueue | null;
}

export function createApp(config: AppConfig): Hono<AppEnv> {
  return createService(config).app;
}

/** The app with what it runs on: tests and the Node host wait on its in-process jobs. */
export function createService(config: AppConfig): Service {
  const logger = jsonLogger(config.log);
  const deps: Deps = {
    store: createStore(config.dynamo, config.tableName, config.cursorSecret),
    now: config.now ?? (() => new Date()),
    logger,
    jobs: { send: async () => {} },
    fault: config.fault,
  };
  const local = config.jobs ? null : inProcessQueue((message) => runJob(deps, message), logger);
  deps.jobs = config.jobs ?? local!;
  const app = new Hono<AppEnv>();

  app.use(requestId({ limitLength: 64 }));
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    logger.log('info', 'request', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: new URL(c.req.url).pathname,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
      regency: c.get('caller')?.regency,
    });
  });
  app.use(secureHeaders({ crossOriginResourcePolicy: 'cross-origin' }));
  app.use(
    cors({
      origin: (origin) => (config.allowedOrigins.includes(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'PUT', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type'],
      exposeHeaders: ['X-Request-Id', 'Idempotent-Replayed', 'Content-Disposition'],
      maxAge: 600,
    }),
  );
  const maxBytes = config.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  app.use(
    bodyLimit({
      maxSize: maxBytes,
      onError: (c) =>
        problemResponse(
          c,
          'tooLarge',
          `Send at most ${maxBytes} bytes per request; split rows into smaller chunks.`,
        ),
    }),
  );

  app.onError((error, c) => {
    if (error instanceof HttpProblem) return problemResponse(c, error.kind, error.detail, error.errors);
    if (error instanceof NotFoundError) return problemResponse(c, 'notFound', error.message);
    if (error instanceof BadCursorError) return problemResponse(c, 'badRequest', error.message);
    if (error instanceof InputError) {
      return problemResponse(c, 'validation', error.message, [
        { field: error.field, message: error.message },
      ]);
    }
    if (isConditionFailure(error)) {
      return problemResponse(
        c,
        'conflict',
        'Someone changed this at the same moment; read it again and retry.',
      );
    }
    logger.log('error', 'unhandled error', { requestId: c.get('requestId'), error });
    return problemResponse(
      c,
      'internal',
      `Something went wrong; quote request id ${c.get('requestId')} when asking for help.`,
    );
  });
  app.notFound((c) =>
    problemResponse(c, 'notFound', `There is no ${c.req.method} ${new URL(c.req.url).pathname}.`),
  );

  app.get('/health', (c) => c.json({ ok: true }));
  // Built on first request, not at start: a cold Lambda should not pay for JSON Schema generation.
  let document: ReturnType<typeof openApiDocument> | undefined;
  let page: string | undefined;
  app.get('/openapi.json', (c) => c.json((document ??= openApiDocument())));
  app.get('/docs', (c) => c.html((page ??= docsPage())));

  app.use('/v1/*', authenticate(config.auth));
  const handle = handlers(deps);
  for (const route of ROUTES as readonly RouteSpec[]) {
    const handler = handle[route.operationId as keyof typeof handle];
    app.on(route.method.toUpperCase(), route.path, requireRole(...route.roles), (c) =>
      handler(c, c.get('caller')),
    );
  }
  return { app, deps, jobs: local };
}
