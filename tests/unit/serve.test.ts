import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';

let server: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'atlas-serve-'));
  const dist = path.join(root, 'dist');
  mkdirSync(path.join(dist, 'api'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), '<p>home</p>');
  writeFileSync(path.join(dist, '404.html'), '<p>missing</p>');
  writeFileSync(path.join(dist, 'changes.atom'), '<feed>é</feed>');
  writeFileSync(path.join(dist, 'api', 'engines.json'), '{"a":1}');
  writeFileSync(path.join(root, 'secret.txt'), 'outside dist');
  symlinkSync(path.join(root, 'secret.txt'), path.join(dist, 'leak.txt'));
  server = await serve(dist, 0, '/');
});
afterAll(() => server.close());

function get(
  pathname: string,
  options: { method?: string; headers?: Record<string, string> } = {},
) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request(new URL(pathname, server.url), options, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    },
  );
}

describe('scripts/serve.mjs', () => {
  it('survives a backwards range by sending the whole file', async () => {
    const response = await get('/index.html', { headers: { range: 'bytes=5-2' } });
    expect(response.status).toBe(200);
    expect(response.body).toBe('<p>home</p>');
    expect((await get('/index.html', { headers: { range: 'bytes=3-5' } })).body).toBe('hom');
  });

  it('answers only GET and HEAD', async () => {
    const response = await get('/index.html', { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
    expect((await get('/index.html', { method: 'HEAD' })).status).toBe(200);
  });

  it('never follows a symlink out of dist/', async () => {
    const response = await get('/leak.txt');
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('outside dist');
  });

  it('serves feeds as UTF-8 and the API to any origin', async () => {
    expect((await get('/changes.atom')).headers['content-type']).toBe(
      'application/atom+xml; charset=utf-8',
    );
    expect((await get('/api/engines.json')).headers['access-control-allow-origin']).toBe('*');
  });
});
