/** The Node host of the same app (local stack, tests, benches): HTTP, or HTTPS with a key pair. */
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

export interface NodeHostOptions {
  port: number;
  /** Default 127.0.0.1: the local stack is for this machine only. */
  hostname?: string;
  tls?: { key: string; cert: string };
}

export function serveNode(
  app: Pick<Hono, 'fetch'>,
  options: NodeHostOptions,
): Promise<{ url: string; close(): Promise<void> }> {
  const hostname = options.hostname ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch: app.fetch,
        port: options.port,
        hostname,
        ...(options.tls
          ? {
              createServer: createHttpsServer,
              serverOptions: { key: options.tls.key, cert: options.tls.cert },
            }
          : {}),
      },
      (info: AddressInfo) => {
        const host = hostname.includes(':') ? `[${hostname}]` : hostname;
        resolve({
          url: `${options.tls ? 'https' : 'http'}://${host}:${info.port}`,
          close: () =>
            new Promise<void>((done, fail) => {
              server.close((error) => (error ? fail(error) : done()));
              (server as { closeAllConnections?: () => void }).closeAllConnections?.();
            }),
        });
      },
    );
    server.once('error', reject);
  });
}
