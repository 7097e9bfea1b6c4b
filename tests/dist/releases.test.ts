import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The release files the sync writes are what every surface shows after a build.
const files = readdirSync('content/releases').map((file) => ({
  id: file.replace(/\.json$/, ''),
  record: JSON.parse(readFileSync(path.join('content/releases', file), 'utf8')) as {
    checked: string;
    releases: { version: string; date: string }[];
  },
}));
const dist = (file: string) => readFileSync(path.join('dist', file), 'utf8');

describe('release data after a build', () => {
  it.each(files)(
    '$id: the engine page, the API and the matrix show content/releases/$id.json',
    ({ id, record }) => {
      const latest = record.releases[0];
      const api = JSON.parse(dist(`api/v1/engines/${id}.json`));
      expect(api.releasesChecked).toBe(record.checked);
      expect(api.latestRelease?.version).toBe(latest?.version);
      const page = dist(`engines/${id}/index.html`);
      expect(page).toContain(`Releases checked ${record.checked}`);
      if (latest) {
        expect(page).toContain(`Newest release: ${latest.version}, ${latest.date}`);
        expect(dist('index.html')).toContain(latest.version);
      }
    },
  );

  it('says when an automated engine’s releases are not checked yet', () => {
    const unchecked = readdirSync('content/engines')
      .map((file) => file.replace(/\.md$/, ''))
      .filter((id) => !files.some((file) => file.id === id));
    expect(unchecked.length).toBeGreaterThan(0);
    for (const id of unchecked)
      expect(dist(`engines/${id}/index.html`)).toMatch(
        /Releases (not yet checked|are kept by hand)/,
      );
  });
});
