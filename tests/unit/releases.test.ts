import { describe, expect, it } from 'vitest';
import { releaseStats, timelinePositions } from '../../src/lib/releases';

const release = (version: string, date: string) => ({
  version,
  date,
  url: `https://example.org/releases/${version}`,
});
const today = new Date('2026-11-29T12:00:00Z');

describe('release history', () => {
  it('says how long ago the last release was and the average interval', () => {
    const stats = releaseStats(
      [release('v3', '2026-11-19'), release('v2', '2026-10-20'), release('v1', '2026-09-20')],
      today,
    );
    expect(stats?.latest.version).toBe('v3');
    expect(stats?.daysSince).toBe(10);
    expect(stats?.approximate).toBe(false);
    expect(stats?.averageInterval).toBe(30);
  });

  it('treats a month-only date as mid-month and says it is approximate', () => {
    const stats = releaseStats([release('v1', '2026-04')], today);
    expect(stats?.approximate).toBe(true);
    expect(stats?.daysSince).toBe(228);
    expect(stats?.averageInterval).toBeUndefined();
  });

  it('has nothing to say without releases', () => {
    expect(releaseStats([], today)).toBeUndefined();
  });

  it('places releases of the last two years on the timeline, oldest at 0', () => {
    const positions = timelinePositions(
      [release('new', '2026-11-29'), release('mid', '2025-11-29'), release('old', '2023-01-01')],
      today,
    );
    expect(positions.map((p) => p.release.version)).toEqual(['new', 'mid']);
    expect(positions[0]!.at).toBeCloseTo(1, 2);
    expect(positions[1]!.at).toBeCloseTo(0.5, 2);
  });
});
