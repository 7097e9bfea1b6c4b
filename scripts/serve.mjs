// Serves a built site the way a static host does: files from dist/ only (sirv refuses paths
// that leave it, and a symlink that points out of it is answered 404), GET and HEAD only, under
// the configured base path, gzip-compressed (compression), feeds as UTF-8, and the edition's
// 404.html with status 404 for a missing page. A malformed Range header is ignored (the whole
// file is sent), as HTTP allows. One server for `npm start`-like previews in the benchmark,
// the audit and the browser tests.
//   node scripts/serve.mjs [dir] [port]     (BASE_PATH as at build time; default /)
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import sirv from 'sirv';

/** Starts the server; resolves to its URL (with base, ending in "/") and a close function. */
export function serve(dir, port = 0, basePath = process.env.BASE_PATH ?? '/') {
  const base = `/${basePath.replace(/^\/|\/$/g, '')}/`.replace('//', '/');
  const files = sirv(dir, {
    dev: false,
    etag: true,
    extensions: ['html'],
    setHeaders: (res, pathname) => {
      if (pathname.endsWith('.atom'))
        res.setHeader('Content-Type', 'application/atom+xml; charset=utf-8');
      if (pathname.endsWith('.xsl')) res.setHeader('Content-Type', 'text/xsl; charset=utf-8');
      if (pathname.startsWith('/api/')) res.setHeader('Access-Control-Allow-Origin', '*');
    },
  });
  const root = realpathSync(dir);
  /** False when the file the path names (or its .html / index.html) resolves outside dist/. */
  const staysInside = (urlPath) => {
    let decoded;
    try {
      decoded = decodeURIComponent(urlPath.split('?')[0]);
    } catch {
      return false;
    }
    const target = path.join(root, decoded);
    return [target, `${target}.html`, path.join(target, 'index.html')]
      .filter((candidate) => existsSync(candidate))
      .every((candidate) => {
        const real = realpathSync(candidate);
        return real === root || real.startsWith(`${root}${path.sep}`);
      });
  };
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
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res
        .writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' })
        .end('Method not allowed');
      return;
    }
    const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
    if (req.headers.range && (!range || (range[2] !== '' && Number(range[2]) < Number(range[1]))))
      delete req.headers.range;
    gzip(req, res, () => {
      if (!req.url.startsWith(base)) return notFound(req, res);
      const original = req.url;
      req.url = `/${req.url.slice(base.length)}`;
      if (!staysInside(req.url)) {
        req.url = original;
        return notFound(req, res);
      }
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
