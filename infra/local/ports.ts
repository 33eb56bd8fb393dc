import { createServer } from 'node:net';
import { InputError } from '../../shared/errors';

/** Asks the operating system for a port nobody listens on (bind to 0, read it, release it). */
export function freePort(hostname = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, hostname, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('The system gave no free port.'))));
    });
  });
}

export class PortTakenError extends Error {
  override readonly name = 'PortTakenError';
}

/**
 * Fails early, with the name of the service and the variable that moves it, when a fixed port is
 * taken: a bare EADDRINUSE from deep inside a server says neither.
 */
export function assertPortFree(
  port: number,
  what: string,
  envVariable?: string,
  hostname = '127.0.0.1',
): Promise<void> {
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    return Promise.reject(
      new InputError('port', `The port for ${what} must be a whole number from 1 to 65535, got ${port}.`),
    );
  }
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', (error: NodeJS.ErrnoException) => {
      const move = envVariable
        ? ` Stop whatever uses it, or choose another port with ${envVariable}=<port>.`
        : '';
      reject(
        error.code === 'EADDRINUSE'
          ? new PortTakenError(`Port ${port} (${what}) is already in use.${move}`)
          : new Error(`Cannot listen on port ${port} (${what}): ${error.message}`),
      );
    });
    server.listen(port, hostname, () => server.close(() => resolve()));
  });
}
