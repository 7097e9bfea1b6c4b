import type { EngineData } from '../schemas/engine';
import type { Release, ReleaseSource } from '../schemas/releases';

export type { Release };

/** The newest release: the first of `releases`, which the schema keeps newest first. */
export const latestRelease = (data: Pick<EngineData, 'releases'>): Release | undefined =>
  data.releases?.[0];

const DAY = 24 * 60 * 60 * 1000;

/** A release date as a time: a month-only date counts as the middle of that month. */
const releaseTime = (date: string) =>
  Date.parse(date.length === 7 ? `${date}-15T00:00:00Z` : `${date}T00:00:00Z`);

/** What the release history says at a glance, as of `today` (the build date). */
export function releaseStats(releases: readonly Release[], today: Date) {
  const latest = releases[0];
  if (!latest) return undefined;
  const times = releases.map((release) => releaseTime(release.date));
  const intervals = times.slice(1).map((time, index) => (times[index]! - time) / DAY);
  return {
    latest,
    /** Days since the newest release; approximate when its date is a month. */
    daysSince: Math.max(0, Math.floor((today.getTime() - times[0]!) / DAY)),
    approximate: latest.date.length === 7,
    /** Mean days between consecutive listed releases; undefined with fewer than two. */
    averageInterval: intervals.length
      ? Math.round(intervals.reduce((sum, days) => sum + days, 0) / intervals.length)
      : undefined,
  };
}

/** Where each release falls on a timeline of the `years` before `today`, from 0 (start) to 1. */
export function timelinePositions(releases: readonly Release[], today: Date, years = 2) {
  const end = today.getTime();
  const start = end - years * 365.25 * DAY;
  return releases
    .map((release) => ({ release, at: (releaseTime(release.date) - start) / (end - start) }))
    .filter(({ at }) => at >= 0 && at <= 1);
}

/** The page where a person can see the releases the sync reads, by method. */
export function releaseSourceUrl(source: ReleaseSource): string {
  switch (source.method) {
    case 'github-releases':
      return `https://github.com/${source.repository}/releases`;
    case 'git-tags':
      return `https://github.com/${source.repository}/tags`;
    case 'pypi':
      return `https://pypi.org/project/${source.package}/#history`;
    case 'npm':
      return `https://www.npmjs.com/package/${source.package}?activeTab=versions`;
    case 'docker-hub':
      return `https://hub.docker.com/r/${source.image}/tags`;
    case 'manual':
      return source.url;
  }
}

/** The day the releases were checked, as a time (the reference for "days since"). */
export const checkedTime = (checked: string) => new Date(`${checked}T00:00:00Z`);
