// A tiny static server for www/ (demo and tests): correct MIME types (application/wasm),
// no caching, and a strict Content-Security-Policy header on pages under /csp/ (or on
// every page with CSP=1).
//
// usage: node scripts/serve.mjs [ROOT] — PORT (default 8080), HOST (default 127.0.0.1)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] || join(import.meta.dirname, '..', 'www'));
const port = Number(process.env.PORT || 8080);
const host = process.env.HOST || '127.0.0.1';
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://localhost');
    let path = normalize(decodeURIComponent(url.pathname));
    let file = join(root, path);
    if (!file.startsWith(root)) throw Object.assign(new Error('forbidden'), { code: 'ENOENT' });
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    const headers = {
      'content-type': TYPES[extname(file)] || 'application/octet-stream',
      'cache-control': 'no-store',
    };
    if (extname(file) === '.html' && (path.includes('/csp/') || process.env.CSP === '1')) {
      headers['content-security-policy'] = CSP;
    }
    res.writeHead(200, headers);
    res.end(body);
  } catch (e) {
    if (req.url === '/favicon.ico') return res.writeHead(204).end();
    res.writeHead(e.code === 'ENOENT' || e.code === 'ENOTDIR' ? 404 : 500, {
      'content-type': 'text/plain; charset=utf-8',
    });
    res.end('not found');
  }
});

server.listen(port, host, () => {
  console.log(`serving ${root} on http://${host}:${server.address().port}/`);
});
