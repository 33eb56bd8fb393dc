import { createReadStream, statSync } from 'node:fs';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { PortTakenError } from './ports';

/** Content types of what an Office add-in build contains; anything else is served as bytes. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface GeneratedFile {
  readonly contentType: string;
  readonly body: string;
}

export interface StaticFilesOptions {
  /** The folder to serve (dist/addin). It may not exist yet: requests then get a 404 that says so. */
  root: string;
  port: number;
  hostname?: string;
  tls?: { key: string; cert: string };
  /** Files made by the local stack itself (the manifest for these ports, config.json), by URL path. */
  generated?: Readonly<Record<string, GeneratedFile>>;
  /** What a 404 for a missing root should say. */
  missingRootHint?: string;
}

/**
 * Serves the add-in's built files over HTTPS with the right content types. Read-only, GET and
 * HEAD only, no directory listings, and no path can leave the root.
 */
export function serveStaticFiles(
  options: StaticFilesOptions,
): Promise<{ url: string; close(): Promise<void> }> {
  const root = resolve(options.root);
  const generated = options.generated ?? {};
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'https://addin').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const made = generated[path];
    if (made) {
      send(res, req.method, 200, made.contentType, made.body);
      return;
    }
    const file = resolve(root, `.${path}`);
    if (file !== root && !file.startsWith(root + sep)) {
      send(res, req.method, 404, CONTENT_TYPES['.txt']!, 'Not found.\n');
      return;
    }
    let size: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) throw new Error('not a file');
      size = stat.size;
    } catch {
      const rootExists = (() => {
        try {
          return statSync(root).isDirectory();
        } catch {
          return false;
        }
      })();
      const message = rootExists
        ? `Not found: ${path}\n`
        : `${options.missingRootHint ?? `${root} does not exist.`}\n`;
      send(res, req.method, 404, CONTENT_TYPES['.txt']!, message);
      return;
    }
    res.writeHead(200, {
      ...commonHeaders(CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'),
      'content-length': size,
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };

  const server: Server = options.tls
    ? createHttpsServer({ key: options.tls.key, cert: options.tls.cert }, handler)
    : createHttpServer(handler);
  const hostname = options.hostname ?? '127.0.0.1';
  return new Promise((resolveServer, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new PortTakenError(
              `Port ${options.port} (add-in files) is already in use. Stop whatever uses it, or choose another port with RENTAN_ADDIN_PORT=<port>.`,
            )
          : error,
      ),
    );
    server.listen(options.port, hostname, () => {
      const { port } = server.address() as AddressInfo;
      resolveServer({
        url: `${options.tls ? 'https' : 'http'}://${hostname}:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

function commonHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    // Development: always revalidate, so a rebuilt add-in shows up on reload.
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  };
}

function send(res: ServerResponse, method: string, status: number, contentType: string, body: string): void {
  const bytes = Buffer.from(body, 'utf8');
  res.writeHead(status, { ...commonHeaders(contentType), 'content-length': bytes.length });
  res.end(method === 'HEAD' ? undefined : bytes);
}
