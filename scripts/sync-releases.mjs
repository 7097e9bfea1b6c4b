// `npm run sync:releases [-- --offline] [-- --only a,b] [-- --report FILE]`
// Reads each engine's releases from where its `releaseSource` says (endoflife.date-style) and
// rewrites `content/releases/<id>.json` when they changed. Live by default; `--offline` reads
// the recorded responses in tests/fixtures/sync/<id>.json instead (see the README there).
// A failure for one engine is reported and the others go on. Live runs also compare GitHub's
// repository metadata with each engine's `status` and report (never apply) a mismatch.
// Environment: ATLAS_ENGINES_DIR (another catalogue; releases beside it), GITHUB_TOKEN (API
// limits), ATLAS_SYNC_FIXTURES (another fixtures folder), ATLAS_GITHUB_API (tests).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readEngines, releasesDir } from './catalogue-files.mjs';
import { stableReleases } from '../src/lib/release-sync/parse.ts';
import { statusMismatch } from '../src/lib/release-sync/status.ts';

const { values: args } = parseArgs({
  options: {
    offline: { type: 'boolean', default: false },
    only: { type: 'string' },
    report: { type: 'string' },
  },
});
const fixturesDir = process.env.ATLAS_SYNC_FIXTURES ?? 'tests/fixtures/sync';
const githubApi = process.env.ATLAS_GITHUB_API ?? 'https://api.github.com';
const only = args.only ? new Set(args.only.split(',')) : undefined;
const today = new Date().toISOString().slice(0, 10);

async function getJson(url, headers = {}) {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(url, {
      headers: { 'user-agent': 'inference-engine-atlas-release-sync', ...headers },
      signal: AbortSignal.timeout(30_000),
    });
    if (response.ok) return response.json();
    if (attempt >= 3 || (response.status < 500 && response.status !== 429))
      throw new Error(`${url}: HTTP ${response.status}`);
    await new Promise((done) => setTimeout(done, 2000 * attempt));
  }
}

const githubHeaders = () => ({
  accept: 'application/vnd.github+json',
  ...(process.env.GITHUB_TOKEN && { authorization: `Bearer ${process.env.GITHUB_TOKEN}` }),
});

/** Tag names and dates of a repository, from a shallow, treeless fetch of its tags. */
function gitTags(repository) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-tags-'));
  try {
    const git = (...command) =>
      execFileSync('git', ['-C', dir, ...command], { encoding: 'utf8', maxBuffer: 64 << 20 });
    git('init', '--bare', '--quiet');
    git(
      'fetch',
      '--quiet',
      '--depth=1',
      '--filter=tree:0',
      '--no-tags',
      `https://github.com/${repository}.git`,
      '+refs/tags/*:refs/tags/*',
    );
    return git(
      'for-each-ref',
      '--format=%(refname:strip=2)%09%(creatordate:iso-strict)',
      'refs/tags',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The live response body of an engine's release method. */
async function fetchLive(source) {
  switch (source.method) {
    case 'github-releases':
      return getJson(
        `${githubApi}/repos/${source.repository}/releases?per_page=100`,
        githubHeaders(),
      );
    case 'git-tags':
      return gitTags(source.repository);
    case 'pypi':
      return getJson(`https://pypi.org/pypi/${source.package}/json`);
    case 'npm':
      return getJson(`https://registry.npmjs.org/${source.package}`);
    case 'docker-hub':
      return getJson(
        `https://hub.docker.com/v2/repositories/${source.image}/tags?page_size=100&ordering=last_updated`,
      );
  }
  throw new Error(`unknown method ${source.method}`);
}

/** The recorded response: `{ recorded, body, … }` from the fixtures folder. */
function readFixture(id) {
  const file = join(fixturesDir, `${id}.json`);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8'));
}

const githubRepository = (url) =>
  /^https:\/\/github\.com\/([^/]+\/[^/#?]+)/.exec(url ?? '')?.[1]?.replace(/\.git$/, '');

const lines = { changed: [], unchanged: [], skipped: [], failed: [], status: [] };
mkdirSync(releasesDir, { recursive: true });
for (const { id, data } of readEngines()) {
  if (only && !only.has(id)) continue;
  const source = data.releaseSource;
  if (!source || source.method === 'manual') {
    lines.skipped.push(`${id}: ${source ? 'kept by hand (manual)' : 'no releaseSource'}`);
    continue;
  }
  try {
    let body;
    let checked;
    if (args.offline) {
      const fixture = readFixture(id);
      if (!fixture) {
        lines.skipped.push(`${id}: no recorded response in ${fixturesDir}`);
        continue;
      }
      ({ body } = fixture);
      checked = fixture.recorded;
    } else {
      body = await fetchLive(source);
      checked = today;
    }
    const record = {
      engine: id,
      method: source.method,
      checked,
      releases: stableReleases(source, body),
    };
    const text = `${JSON.stringify(record, null, 2)}\n`;
    const target = join(releasesDir, `${id}.json`);
    const before = existsSync(target) ? readFileSync(target, 'utf8') : '';
    if (before === text) lines.unchanged.push(id);
    else {
      writeFileSync(target, text);
      lines.changed.push(
        `${id}: ${record.releases[0]?.version ?? 'no stable release'} (checked ${checked})`,
      );
    }
    const repository = githubRepository(data.repository);
    if (!args.offline && repository) {
      const meta = await getJson(`${githubApi}/repos/${repository}`, githubHeaders());
      const problem = statusMismatch(data.status, meta, new Date());
      if (problem) lines.status.push(`${id}: ${problem}`);
    }
  } catch (error) {
    lines.failed.push(`${id}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const section = (title, items) =>
  items.length ? [`### ${title} (${items.length})`, ...items.map((item) => `- ${item}`), ''] : [];
const report = [
  `## Release sync ${args.offline ? '(offline, recorded responses)' : today}`,
  '',
  ...section('Changed', lines.changed),
  ...section('Failed', lines.failed),
  ...section('Status to review (not applied)', lines.status),
  ...section('Skipped', lines.skipped),
  `${lines.unchanged.length} unchanged.`,
].join('\n');
console.log(report);
if (args.report) writeFileSync(args.report, `${report}\n`);
for (const failure of lines.failed) console.error(`sync:releases failed for ${failure}`);
// Only a run where nothing could be read at all fails: one engine's outage must not hold back the rest.
const attempted = lines.changed.length + lines.unchanged.length + lines.failed.length;
process.exit(attempted > 0 && lines.failed.length === attempted ? 1 : 0);
