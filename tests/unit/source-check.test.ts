import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCitations, problemReport, type Citation } from '../../src/lib/source-check';

// The weekly source check (npm run check:sources), run against a local server: no network.
let server: Server;
let base = '';
let flakyHits = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    const send = (status: number, headers: Record<string, string> = {}, body = '') => {
      response.writeHead(status, headers);
      response.end(body);
    };
    if (path === '/ok') return send(200);
    if (path === '/gone') return send(404);
    if (path === '/head-refused') return send(request.method === 'HEAD' ? 405 : 200);
    if (path === '/moved') return send(301, { location: '/ok' });
    if (path === '/away') return send(302, { location: `http://localhost:${port()}/ok` });
    if (path === '/flaky') return send(++flakyHits === 1 ? 503 : 200);
    if (path === '/loop') return send(302, { location: '/loop' });
    if (path === '/repos/org/old') return send(200, {}, JSON.stringify({ archived: true }));
    if (path === '/repos/org/live') return send(200, {}, JSON.stringify({ archived: false }));
    if (path.startsWith('/org/')) return send(200);
    return send(404);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${port()}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const port = () => (server.address() as AddressInfo).port;
const cite = (path: string, where = `e ${path}`): Citation => ({
  url: path.startsWith('https://') ? path : `${base}${path}`,
  where: [where],
  allowed: ['127.0.0.1', 'github.com/org'],
});
// github.com pages and the GitHub API are both answered by the local server.
const localFetch: typeof fetch = (input, init) =>
  fetch(String(input).replace('https://github.com', base), init);
const options = () => ({
  githubApi: base,
  concurrency: 3,
  hostPauseMs: 0,
  retries: 1,
  fetch: localFetch,
});

describe('source check', () => {
  it('reports dead links, redirects off the project and archived repositories, and nothing else', async () => {
    const problems = await checkCitations(
      [
        cite('/ok'),
        cite('/gone'),
        cite('/head-refused'),
        cite('/moved'),
        cite('/away'),
        cite('/flaky'),
        cite('/loop'),
        cite('https://github.com/org/old/blob/main/README.md'),
        cite('https://github.com/org/live/blob/main/docs/x.md'),
      ],
      options(),
    );
    expect(
      problems.map(({ kind, url, detail }) => `${kind} ${url.replace(base, '')} ${detail}`),
    ).toEqual([
      'archived https://github.com/org/old the repository is archived',
      'dead /gone HTTP 404',
      'dead /loop more than 5 redirects',
      `redirect /away redirects to http://localhost:${port()}/ok, outside the engine's project`,
    ]);
  });

  it('writes a report that names where each problem is cited', () => {
    const report = problemReport(
      [{ kind: 'dead', url: 'https://x.org/a', detail: 'HTTP 404', where: ['vllm sources.docs'] }],
      10,
      '2026-01-05',
    );
    expect(report).toContain('10 cited URLs checked; 1 problems.');
    expect(report).toContain('### Dead links (1)');
    expect(report).toContain('- https://x.org/a — HTTP 404; cited at vllm sources.docs');
  });
});
