/**
 * A static file server for the built app (dist/), in the test process itself: no background
 * process to leak or hang. It serves the app under a sub-path, as a static host serving a project
 * page would, so the tests prove the build does not assume it sits at the root.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

/** A running server and the URL of the app's index page. */
export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves `root` (default dist/, or the folder CR_DIST names: a build of one's own while others build
 * too) under `/<subPath>/` on a free loopback port, or on `port`: a server stopped and started again
 * on the same port is the same origin, so the app's service worker and storage are still there.
 */
export async function serveBuiltApp(root = process.env['CR_DIST'] ?? 'dist', subPath = 'close-reader', port = 0): Promise<StaticServer> {
  const base = resolve(root);
  await stat(join(base, 'index.html')).catch(() => {
    throw new Error(`${root}/index.html is missing: run "npm run build" first`);
  });
  const prefix = `/${subPath}/`;
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!path.startsWith(prefix)) {
      response.writeHead(404).end('not found');
      return;
    }
    const relative = normalize(path.slice(prefix.length) || 'index.html');
    const file = resolve(base, relative === '.' ? 'index.html' : relative);
    if (!file.startsWith(base)) {
      response.writeHead(403).end('forbidden');
      return;
    }
    readFile(file).then(
      (content) => {
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        response.end(content);
      },
      () => response.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ready);
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}${prefix}`,
    // Connections a browser left open (keep-alive) must not keep the server, and the test run, alive.
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
