#!/usr/bin/env node
// Serves dist/ on loopback (`pnpm --filter web start`), as any static host would: the page needs
// nothing from a server but its own files (dist/, chunks/ included). The browser test starts it on a free port.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** An http.Server for the files of `dir`, listening on 127.0.0.1:`port` (0: any free port). */
export function serve(dir = fileURLToPath(new URL('./dist/', import.meta.url)), port = 0) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serve(undefined, Number(process.env.PORT ?? 8080));
  console.log(`http://127.0.0.1:${server.address().port}/`);
}
