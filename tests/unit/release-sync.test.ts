import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions, stableReleases } from '../../src/lib/release-sync/parse';
import { statusMismatch } from '../../src/lib/release-sync/status';

describe('release methods', () => {
  it('github-releases: drops drafts, pre-releases and versions the pattern rejects', () => {
    const body = [
      { tag_name: 'v2.0.0', draft: true, published_at: null, html_url: 'https://x/2' },
      {
        tag_name: 'v1.1.0rc1',
        prerelease: true,
        published_at: '2026-03-02T10:00:00Z',
        html_url: 'https://x/rc',
      },
      { tag_name: 'nightly', published_at: '2026-03-03T10:00:00Z', html_url: 'https://x/n' },
      { tag_name: 'v1.0.1', published_at: '2026-02-01T23:30:00Z', html_url: 'https://x/101' },
      { tag_name: 'v1.0.0', published_at: '2026-01-05T08:00:00Z', html_url: 'https://x/100' },
    ];
    expect(stableReleases({ method: 'github-releases', repository: 'o/r' }, body)).toEqual([
      { version: 'v1.0.1', date: '2026-02-01', url: 'https://x/101' },
      { version: 'v1.0.0', date: '2026-01-05', url: 'https://x/100' },
    ]);
  });

  it('git-tags: reads tag dates in UTC, keeps the pattern’s tags and links the tag page', () => {
    const body =
      'v0.9.0\t2026-01-01T23:30:00-05:00\nv0.10.0-rc0\t2026-02-01T10:00:00+00:00\nv0.10.0\t2026-02-03T10:00:00+00:00\nbroken line\n';
    expect(
      stableReleases(
        { method: 'git-tags', repository: 'o/r', pattern: '^v\\d+\\.\\d+\\.\\d+$' },
        body,
      ),
    ).toEqual([
      {
        version: 'v0.10.0',
        date: '2026-02-03',
        url: 'https://github.com/o/r/releases/tag/v0.10.0',
      },
      { version: 'v0.9.0', date: '2026-01-02', url: 'https://github.com/o/r/releases/tag/v0.9.0' },
    ]);
  });

  it('pypi: dates a version by its first upload and skips yanked and pre-release versions', () => {
    const file = (time: string, yanked = false) => ({ upload_time_iso_8601: time, yanked });
    const body = {
      releases: {
        '1.2.0': [file('2026-05-02T01:00:00Z'), file('2026-05-01T22:00:00Z')],
        '1.2.1': [file('2026-05-09T00:00:00Z', true)],
        '1.3.0rc1': [file('2026-06-01T00:00:00Z')],
        '1.1.0': [],
      },
    };
    expect(stableReleases({ method: 'pypi', package: 'pkg' }, body)).toEqual([
      { version: '1.2.0', date: '2026-05-01', url: 'https://pypi.org/project/pkg/1.2.0/' },
    ]);
  });

  it('npm and Docker Hub: read the registry’s times', () => {
    const npm = {
      versions: { '3.0.0': {}, '3.1.0-beta.1': {} },
      time: { '3.0.0': '2026-04-04T00:00:00Z', '3.1.0-beta.1': '2026-05-01T00:00:00Z' },
    };
    expect(stableReleases({ method: 'npm', package: '@o/p' }, npm).map((r) => r.version)).toEqual([
      '3.0.0',
    ]);
    const hub = {
      results: [
        { name: 'latest', tag_last_pushed: '2026-05-05T00:00:00Z' },
        { name: '1.4.2', tag_last_pushed: '2026-05-04T00:00:00Z' },
      ],
    };
    expect(stableReleases({ method: 'docker-hub', image: 'o/i' }, hub)).toEqual([
      { version: '1.4.2', date: '2026-05-04', url: 'https://hub.docker.com/r/o/i/tags?name=1.4.2' },
    ]);
  });

  it('orders same-day releases by version, numbers as numbers, and keeps ten', () => {
    expect(compareVersions('v0.10.0', 'v0.9.3')).toBeGreaterThan(0);
    expect(compareVersions('b1000', 'b999')).toBeGreaterThan(0);
    const body = Array.from({ length: 12 }, (_, i) => `v1.${i}.0\t2026-01-01T00:00:00Z`).join('\n');
    const kept = stableReleases({ method: 'git-tags', repository: 'o/r' }, body);
    expect(kept).toHaveLength(10);
    expect(kept.slice(0, 2).map((r) => r.version)).toEqual(['v1.11.0', 'v1.10.0']);
  });
});

describe('status check from repository metadata', () => {
  const today = new Date('2026-06-01T00:00:00Z');
  it('reports what GitHub contradicts and nothing else', () => {
    expect(
      statusMismatch('active', { archived: true, pushed_at: '2026-05-01T00:00:00Z' }, today),
    ).toBe('the repository is archived on GitHub, but status is "active"');
    expect(
      statusMismatch('archived', { archived: false, pushed_at: '2026-05-01T00:00:00Z' }, today),
    ).toMatch(/not archived/);
    expect(
      statusMismatch('active', { archived: false, pushed_at: '2025-01-01T00:00:00Z' }, today),
    ).toBe('status is "active", but nothing was pushed for 516 days (last push 2025-01-01)');
    expect(
      statusMismatch('maintenance', { archived: false, pushed_at: '2025-01-01T00:00:00Z' }, today),
    ).toBeUndefined();
    expect(
      statusMismatch('active', { archived: false, pushed_at: '2026-05-30T00:00:00Z' }, today),
    ).toBeUndefined();
  });
});

/** A copy of the catalogue, its release files and the recorded responses, in a temporary folder. */
function copyCatalogue() {
  const root = mkdtempSync(join(tmpdir(), 'atlas-sync-'));
  cpSync('content/engines', join(root, 'engines'), { recursive: true });
  cpSync('content/releases', join(root, 'releases'), { recursive: true });
  cpSync('tests/fixtures/sync', join(root, 'fixtures'), { recursive: true });
  return root;
}

const sync = (root: string, args: string[], env: Record<string, string> = {}) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
    // spawnSync would block the event loop that a local test server answers on.
    const child = spawn(process.execPath, ['scripts/sync-releases.mjs', ...args], {
      env: {
        ...process.env,
        ATLAS_ENGINES_DIR: join(root, 'engines'),
        ATLAS_SYNC_FIXTURES: join(root, 'fixtures'),
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('close', (status: number | null) => done({ status, stdout, stderr }));
  });

const releaseFile = (root: string, id: string) =>
  JSON.parse(readFileSync(join(root, 'releases', `${id}.json`), 'utf8')) as {
    checked: string;
    releases: { version: string }[];
  };

describe('npm run sync:releases', () => {
  it('offline, changes nothing on an unchanged checkout', async () => {
    const root = copyCatalogue();
    const before = readdirSync(join(root, 'releases')).map((f) =>
      readFileSync(join(root, 'releases', f), 'utf8'),
    );
    const { status, stdout } = await sync(root, ['--offline']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/\n\d+ unchanged\.$/m);
    expect(stdout).not.toContain('### Changed');
    const after = readdirSync(join(root, 'releases')).map((f) =>
      readFileSync(join(root, 'releases', f), 'utf8'),
    );
    expect(after).toEqual(before);
  });

  it('offline, picks up a newer release added to a recorded response', async () => {
    const root = copyCatalogue();
    const fixturePath = join(root, 'fixtures', 'ollama.json');
    const fixture = JSON.parse(readFileSync(fixturePath, 'utf8'));
    fixture.body += 'v9.0.0\t2026-09-01T12:00:00+00:00\nv9.1.0-rc0\t2026-09-02T12:00:00+00:00\n';
    fixture.recorded = '2026-09-03';
    writeFileSync(fixturePath, JSON.stringify(fixture));
    const { stdout } = await sync(root, ['--offline']);
    expect(stdout).toContain('- ollama: v9.0.0 (checked 2026-09-03)');
    const record = releaseFile(root, 'ollama');
    expect(record.checked).toBe('2026-09-03');
    expect(record.releases.map((r) => r.version).slice(0, 2)).toEqual(['v9.0.0', 'v0.32.15']);
  });

  it('live, reports one engine’s failure and still updates the others, and reports a status GitHub contradicts', async () => {
    const server = createServer((request, response) => {
      const json = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      if (request.url?.startsWith('/repos/janhq/jan/releases'))
        return json(200, [
          {
            tag_name: 'v0.9.0',
            published_at: '2026-11-30T10:00:00Z',
            html_url: 'https://github.com/janhq/jan/releases/tag/v0.9.0',
          },
        ]);
      if (request.url === '/repos/janhq/jan')
        return json(200, { archived: true, pushed_at: '2026-11-30T10:00:00Z' });
      return json(404, { message: 'Not Found' });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const root = copyCatalogue();
      const { status, stdout, stderr } = await sync(root, ['--only', 'jan,dynamo'], {
        ATLAS_GITHUB_API: api,
        GITHUB_TOKEN: '',
      });
      expect(status).toBe(0);
      expect(stderr).toContain('sync:releases failed for dynamo:');
      expect(stdout).toContain('- jan: v0.9.0 (checked ');
      expect(stdout).toContain(
        '- jan: the repository is archived on GitHub, but status is "active"',
      );
      expect(releaseFile(root, 'jan').releases[0]?.version).toBe('v0.9.0');
    } finally {
      server.close();
    }
  });

  it('fails only when no engine could be read at all', () => {
    const root = copyCatalogue();
    const result = spawnSync(process.execPath, ['scripts/sync-releases.mjs', '--only', 'dynamo'], {
      env: {
        ...process.env,
        ATLAS_ENGINES_DIR: join(root, 'engines'),
        ATLAS_GITHUB_API: 'http://127.0.0.1:9',
      },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('### Failed (1)');
  });
});
