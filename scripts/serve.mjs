// Serves a built site the way a static host does: files from dist/ only (sirv refuses paths
// that leave it), under the configured base path, gzip-compressed (compression), and the
// edition's 404.html with status 404 for a missing page. One server for `npm start`-like
// previews in the benchmark, the audit and the browser tests.
//   node scripts/serve.mjs [dir] [port]     (BASE_PATH as at build time; default /)
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import sirv from 'sirv';

/** Starts the server; resolves to its URL (with base, ending in "/") and a close function. */
export function serve(dir, port = 0, basePath = process.env.BASE_PATH ?? '/') {
  const base = `/${basePath.replace(/^\/|\/$/g, '')}/`.replace('//', '/');
  const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const gzip = compression();
  const notFound = (req, res) => {
    const zh = req.url.startsWith(`${base}zh/`);
    let page;
    try {
      page = readFileSync(path.join(dir, zh ? 'zh/404/index.html' : '404.html'));
    } catch {
      page = 'Not found';
    }
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
  };
  const server = createServer((req, res) => {
    gzip(req, res, () => {
      if (!req.url.startsWith(base)) return notFound(req, res);
      const original = req.url;
      req.url = `/${req.url.slice(base.length)}`;
      files(req, res, () => {
        req.url = original;
        notFound(req, res);
      });
    });
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}${base}`,
        close: () => new Promise((done) => server.close(done)),
      }),
    ),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', port = '4321'] = process.argv.slice(2);
  const { url } = await serve(dir, Number(port));
  console.log(`Serving ${dir} at ${url}`);
}
