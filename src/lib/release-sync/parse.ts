// Turns each release method's raw response into releases (endoflife.date's release-data
// methods, reduced to what the site shows). Pure: the sync script does the requests and the
// files; unit tests feed these functions recorded responses. Imported by a Node script too, so
// relative imports keep their `.ts` extension and the code uses only erasable TypeScript.
import { byCodePoint } from '../order.ts';
import type { Release, ReleaseSource } from '../../schemas/releases.ts';

/** A version the source lists, before the stable-version pattern is applied. */
interface Candidate extends Release {
  /** Drafts, pre-releases and yanked versions, as the source flags them. */
  excluded?: boolean;
}

const day = (iso: string) => new Date(iso).toISOString().slice(0, 10);

interface GithubRelease {
  tag_name: string;
  draft?: boolean;
  prerelease?: boolean;
  published_at?: string | null;
  created_at?: string;
  html_url: string;
}

/** `GET /repos/{owner}/{repo}/releases`: a JSON array. */
function fromGithubReleases(body: unknown): Candidate[] {
  return (body as GithubRelease[]).flatMap((release) => {
    const date = release.published_at ?? release.created_at;
    if (!date) return [];
    return [
      {
        version: release.tag_name,
        date: day(date),
        url: release.html_url,
        excluded: Boolean(release.draft || release.prerelease),
      },
    ];
  });
}

/**
 * `git for-each-ref --format='%(refname:strip=2)%09%(creatordate:iso-strict)' refs/tags`:
 * a tag and its date per line (the tagger date of an annotated tag, else the commit date).
 */
function fromGitTags(body: unknown, repository: string): Candidate[] {
  return String(body)
    .split('\n')
    .flatMap((line) => {
      const [tag, date] = line.trim().split('\t');
      if (!tag || !date || Number.isNaN(Date.parse(date))) return [];
      return [
        {
          version: tag,
          date: day(date),
          url: `https://github.com/${repository}/releases/tag/${encodeURIComponent(tag)}`,
        },
      ];
    });
}

interface PypiFile {
  upload_time_iso_8601?: string;
  upload_time?: string;
  yanked?: boolean;
}

/** `GET https://pypi.org/pypi/{package}/json`: a version's date is its first upload. */
function fromPypi(body: unknown, name: string): Candidate[] {
  const releases = (body as { releases?: Record<string, PypiFile[]> }).releases ?? {};
  return Object.entries(releases).flatMap(([version, files]) => {
    const times = files
      .map((file) => file.upload_time_iso_8601 ?? file.upload_time)
      .filter((time): time is string => Boolean(time))
      .sort();
    if (!times[0]) return [];
    return [
      {
        version,
        date: day(times[0].endsWith('Z') || times[0].includes('+') ? times[0] : `${times[0]}Z`),
        url: `https://pypi.org/project/${name}/${version}/`,
        excluded: files.every((file) => file.yanked),
      },
    ];
  });
}

/** `GET https://registry.npmjs.org/{package}`: the document's `time` map. */
function fromNpm(body: unknown, name: string): Candidate[] {
  const doc = body as { time?: Record<string, string>; versions?: Record<string, unknown> };
  return Object.keys(doc.versions ?? {}).flatMap((version) => {
    const time = doc.time?.[version];
    if (!time) return [];
    return [
      { version, date: day(time), url: `https://www.npmjs.com/package/${name}/v/${version}` },
    ];
  });
}

/** `GET https://hub.docker.com/v2/repositories/{namespace}/{name}/tags`: `results`. */
function fromDockerHub(body: unknown, image: string): Candidate[] {
  const results =
    (body as { results?: { name: string; tag_last_pushed?: string; last_updated?: string }[] })
      .results ?? [];
  return results.flatMap((tag) => {
    const time = tag.tag_last_pushed ?? tag.last_updated;
    if (!time) return [];
    return [
      {
        version: tag.name,
        date: day(time),
        url: `https://hub.docker.com/r/${image}/tags?name=${encodeURIComponent(tag.name)}`,
      },
    ];
  });
}

/** Every version the response lists, by the engine's release method. */
function candidates(source: ReleaseSource, body: unknown): Candidate[] {
  switch (source.method) {
    case 'github-releases':
      return fromGithubReleases(body);
    case 'git-tags':
      return fromGitTags(body, source.repository);
    case 'pypi':
      return fromPypi(body, source.package);
    case 'npm':
      return fromNpm(body, source.package);
    case 'docker-hub':
      return fromDockerHub(body, source.image);
    case 'manual':
      throw new Error('manual release sources are kept by hand, not parsed');
  }
}

/** Compares versions part by part, numbers as numbers ("v0.10.0" after "v0.9.3"). */
export function compareVersions(a: string, b: string): number {
  const parts = (version: string) => version.match(/\d+|[^\d]+/g) ?? [];
  const [left, right] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const [x, y] = [left[i] ?? '', right[i] ?? ''];
    if (x === y) continue;
    const [nx, ny] = [Number(x), Number(y)];
    if (x !== '' && y !== '' && !Number.isNaN(nx) && !Number.isNaN(ny)) return nx - ny;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** Keeps only stable releases when a source gives no `pattern` (drops rc, dev, nightly…). */
export const DEFAULT_STABLE_PATTERN = '^v?\\d+(\\.\\d+){1,3}(\\.post\\d+)?$';

/** How many releases a file keeps. */
const KEPT_RELEASES = 10;

/**
 * The newest stable releases in a response: those the source does not flag (draft,
 * pre-release, yanked) and whose version matches the pattern, newest first (by date, then by
 * version), at most KEPT_RELEASES.
 */
export function stableReleases(source: ReleaseSource, body: unknown): Release[] {
  const pattern = new RegExp(('pattern' in source && source.pattern) || DEFAULT_STABLE_PATTERN);
  return candidates(source, body)
    .filter((release) => !release.excluded && pattern.test(release.version))
    .sort((a, b) => byCodePoint(b.date, a.date) || compareVersions(b.version, a.version))
    .slice(0, KEPT_RELEASES)
    .map(({ version, date, url }) => ({ version, date, url }));
}
