import { describe, expect, it } from 'vitest';
import { engineSchema } from '../../src/schemas/engine';
import { validEngine } from '../fixtures/engine';

/** Parses and returns the issues as "path: message" lines, as the build prints them. */
function problems(data: unknown): string[] {
  const result = engineSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests write deliberately invalid shapes
function withChange(change: (engine: Record<string, any>) => void) {
  const engine = validEngine();
  change(engine);
  return problems(engine);
}

describe('engine frontmatter schema', () => {
  it('accepts a valid engine and fills missing groups and keys as unknown', () => {
    expect(problems(validEngine())).toEqual([]);
    const engine = validEngine();
    delete engine.features;
    const parsed = engineSchema.parse(engine);
    expect(parsed.features).toEqual({});
  });

  it('accepts unquoted YAML dates, which arrive as Date objects', () => {
    const parsed = engineSchema.parse({
      ...validEngine(),
      verified: new Date('2026-11-25T00:00:00Z'),
    });
    expect(parsed.verified).toBe('2026-11-25');
  });

  it('rejects an unknown top-level key and lists the allowed keys', () => {
    const [message] = withChange((e) => (e.homepageUrl = 'https://x.org'));
    expect(message).toMatch(
      /unknown key\(s\) in the frontmatter: homepageUrl; allowed: name, summary/,
    );
  });

  it('rejects an unknown capability key, naming the group and its keys', () => {
    const [message] = withChange(
      (e) => (e.hardware['nvidia'] = { support: 'yes', source: 'readme' }),
    );
    expect(message).toContain(
      'unknown key(s) in `hardware`: nvidia; allowed: nvidia-cuda, amd-rocm',
    );
  });

  it('rejects an unknown support level with the path and the allowed levels', () => {
    const [message] = withChange(
      (e) => (e.hardware['nvidia-cuda'] = { support: 'maybe', source: 'readme' }),
    );
    expect(message).toBe(
      'hardware.nvidia-cuda.support: "maybe" is not a valid support level; allowed: yes, plugin, partial, no, unknown',
    );
  });

  it.each(['yes', 'partial', 'plugin'])('requires a source for support "%s"', (support) => {
    const [message] = withChange((e) => (e.os.linux = { support }));
    expect(message).toMatch(
      new RegExp(`^os\\.linux\\.source: support "${support}" needs a source`),
    );
  });

  it('allows no and unknown without a source', () => {
    expect(withChange((e) => (e.os.macos = { support: 'no' }))).toEqual([]);
    expect(withChange((e) => (e.os.macos = { support: 'unknown' }))).toEqual([]);
  });

  it('rejects a source id that is not declared, listing the declared ids', () => {
    const [message] = withChange((e) => (e.os.linux = { support: 'yes', source: 'changelog' }));
    expect(message).toBe(
      'os.linux.source: source "changelog" is neither an https URL nor a declared source id; declared: readme, docs',
    );
  });

  it('rejects duplicate source ids', () => {
    const [message] = withChange((e) =>
      e.sources.push({ id: 'readme', url: 'https://x.org/', title: 'Again' }),
    );
    expect(message).toBe('sources.2.id: duplicate source id "readme"');
  });

  it('rejects malformed and non-https URLs', () => {
    expect(withChange((e) => (e.homepage = 'example.org'))[0]).toMatch(
      /^homepage: homepage must be an absolute https URL, got "example.org"/,
    );
    expect(withChange((e) => (e.sources[0].url = 'http://insecure.example'))[0]).toMatch(
      /^sources\.0\.url: source url must be an absolute https URL/,
    );
  });

  it('rejects malformed dates with the expected format', () => {
    expect(withChange((e) => (e.verified = '25/11/2026'))).toEqual([
      'verified: expected a real calendar day YYYY-MM-DD, got "25/11/2026"',
    ]);
    expect(withChange((e) => (e.verified = '2026-02-30'))).toEqual([
      'verified: expected a real calendar day YYYY-MM-DD, got "2026-02-30"',
    ]);
    expect(withChange((e) => (e.firstRelease = '2023'))).toEqual([
      'firstRelease: expected a month YYYY-MM, got "2023"',
    ]);
  });

  it('names where releases come from, with what the method needs', () => {
    const source = (value: unknown) => withChange((e) => (e.releaseSource = value));
    const methods = 'github-releases, git-tags, pypi, npm, docker-hub, manual';
    expect(withChange((e) => delete e.releaseSource)).toEqual([
      `releaseSource: releaseSource is required: { method, … } with method one of ${methods}`,
    ]);
    expect(source({ method: 'rss' })).toEqual([
      `releaseSource.method: "rss" is not a valid releaseSource.method; allowed: ${methods}`,
    ]);
    expect(source({ method: 'pypi' })).toEqual([
      'releaseSource.package: package is required for this method: the package name in its registry',
    ]);
    expect(source({ method: 'git-tags', repository: 'https://github.com/a/b' })).toEqual([
      'releaseSource.repository: repository must be "owner/name" on GitHub, got "https://github.com/a/b"',
    ]);
    expect(source({ method: 'git-tags', repository: 'a/b', pattern: '(' })).toEqual([
      'releaseSource.pattern: pattern must be a valid regular expression, got "("',
    ]);
    expect(source({ method: 'manual', url: 'https://example.org/notes', extra: 1 })).toEqual([
      'releaseSource: unknown key(s) in releaseSource (manual): extra; allowed: method, url, note',
    ]);
    expect(source({ method: 'npm', package: 'example' })).toEqual([]);
    // Releases live in content/releases/<id>.json, written by the sync, not in the frontmatter.
    expect(withChange((e) => (e.releases = []))[0]).toMatch(
      /^: unknown key\(s\) in the frontmatter: releases;/,
    );
  });

  it('needs a dated, sourced statusSince for any status but active', () => {
    expect(withChange((e) => (e.status = 'maintenance'))).toEqual([
      'statusSince: status "maintenance" needs statusSince: { date, source } (when it began, and the page that shows it)',
    ]);
    expect(
      withChange((e) => {
        e.status = 'archived';
        e.statusSince = { date: '2026-02-01', source: 'readme' };
      }),
    ).toEqual([]);
    expect(
      withChange((e) => {
        e.status = 'archived';
        e.statusSince = { date: '2026-02-01', source: 'nowhere' };
      })[0],
    ).toMatch(
      /^statusSince\.source: source "nowhere" is neither an https URL nor a declared source id/,
    );
  });

  it('accepts since, flag and tracking on a cell, and checks tracking is a URL', () => {
    const cell = { support: 'partial', source: 'docs', since: 'v0.6.0', flag: '--enable-lora' };
    expect(
      withChange((e) => ((e.features as Record<string, unknown>)['multi-lora'] = cell)),
    ).toEqual([]);
    expect(
      withChange(
        (e) =>
          ((e.features as Record<string, unknown>)['multi-lora'] = {
            ...cell,
            tracking: 'issue 12',
          }),
      )[0],
    ).toMatch(/^features\.multi-lora\.tracking: tracking must be an absolute https URL/);
  });

  it('rejects an unknown kind or status and lists the allowed values', () => {
    expect(withChange((e) => (e.kind = 'server'))).toEqual([
      'kind: "server" is not a valid kind; allowed: serving-engine, local-runtime, desktop-app, compiler-runtime, library, platform',
    ]);
    expect(withChange((e) => (e.status = 'dead'))).toEqual([
      'status: "dead" is not a valid status; allowed: active, maintenance, archived',
    ]);
  });

  it('requires every scenario and a rating from 0 to 3', () => {
    expect(withChange((e) => (e.scenarios['edge-cpu'].rating = 5))).toEqual([
      'scenarios.edge-cpu.rating: rating must be one of 0, 1, 2, 3, got 5',
    ]);
    expect(withChange((e) => delete e.scenarios['local-desktop'])[0]).toMatch(
      /^scenarios\.local-desktop: /,
    );
  });

  it('rejects a licence that is not an SPDX id', () => {
    expect(withChange((e) => (e.license = 'Apache 2'))).toEqual([
      'license: license must be an SPDX id or "proprietary", got "Apache 2"',
    ]);
  });
});
