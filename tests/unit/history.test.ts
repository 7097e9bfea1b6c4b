import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { changesFeed } from '../../src/lib/history/atom';
import { describeChange } from '../../src/lib/history/describe';
import { diffEngine, parseFrontmatter, type Change } from '../../src/lib/history/diff';
import { historyEntries } from '../../src/lib/history/entries';
import { readGitHistory } from '../../src/lib/history/git';

const engineFile = (lines: string) => `---\nname: Demo\n${lines}\n---\n\nProse.\n`;
const parsed = (lines: string) => parseFrontmatter(engineFile(lines));

describe('diffEngine', () => {
  it('states a new and a deleted engine as one change each', () => {
    expect(
      diffEngine(undefined, parsed('hardware:\n  nvidia-cuda: { support: yes, source: x }')),
    ).toEqual([{ type: 'added', cells: 1 }]);
    expect(diffEngine(parsed(''), undefined)).toEqual([{ type: 'removed' }]);
  });

  it('finds a level change with its new note, and treats a missing cell as unknown', () => {
    const before = parsed('features:\n  prefix-caching: { support: no, note: "Not yet" }');
    const after = parsed(
      'features:\n  prefix-caching: { support: yes, note: "On by default", source: docs }\nsources:\n  - { id: docs, url: "https://example.org/docs" }',
    );
    expect(diffEngine(before, after)).toEqual([
      {
        type: 'cell',
        group: 'features',
        key: 'prefix-caching',
        from: 'no',
        to: 'yes',
        parts: ['note', 'source'],
        noteFrom: 'Not yet',
        noteTo: 'On by default',
      },
    ]);
    expect(diffEngine(parsed(''), parsed('os:\n  linux: { support: unknown }'))).toEqual([]);
  });

  it('ignores a renamed source id that still points at the same page, and reformatting', () => {
    const before = parsed(
      'os:\n  linux: { support: yes, source: a }\nsources:\n  - { id: a, url: "https://example.org/x" }',
    );
    const after = parsed(
      'os:\n  linux:\n    support: yes\n    source: b\nsources:\n  - id: b\n    url: "https://example.org/x"',
    );
    expect(diffEngine(before, after)).toEqual([]);
  });

  it('lists field, release, backend and scenario changes', () => {
    const before = parsed(
      'status: active\nreleases:\n  - { version: v1, date: "2026-01-01", url: "https://e.org/1" }\nscenarios:\n  edge-cpu: { rating: 1, reason: r }',
    );
    const after = parsed(
      'status: maintenance\nreleases:\n  - { version: v2, date: "2026-02-01", url: "https://e.org/2" }\n  - { version: v1, date: "2026-01-01", url: "https://e.org/1" }\nbackends:\n  - { engine: vllm, source: s }\nscenarios:\n  edge-cpu: { rating: 2, reason: r }',
    );
    expect(diffEngine(before, after)).toEqual([
      { type: 'field', field: 'status', from: 'active', to: 'maintenance' },
      { type: 'release', version: 'v2', date: '2026-02-01', change: 'added' },
      { type: 'backend', engine: 'vllm', change: 'added' },
      { type: 'scenario', scenario: 'edge-cpu', from: 1, to: 2 },
    ]);
  });

  it('reads a broken old file as empty instead of failing the build', () => {
    expect(parseFrontmatter('---\nname: [unclosed\n---\n')).toEqual({});
  });
});

describe('describeChange', () => {
  const change = {
    type: 'cell',
    group: 'hardware',
    key: 'huawei-ascend',
    from: 'unknown',
    to: 'plugin',
    parts: ['note'],
    noteTo: 'Through the vendor plugin',
  } satisfies Change;

  it('words a change in each language, keeping English notes out of the Chinese edition', () => {
    expect(describeChange(change, useTranslations('en'), 'en')).toEqual({
      what: 'Hardware · Huawei Ascend NPU',
      from: 'Unknown',
      to: 'Plugin',
      detail: 'Updated: note — Through the vendor plugin',
    });
    const zh = describeChange(change, useTranslations('zh'), 'zh');
    expect(zh.to).toBe('插件');
    expect(zh.detail).not.toContain('Through');
  });
});

describe('the git history of the engine files', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'atlas-history-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const repo = path.join(root, 'repo');
  const git = (cwd: string, args: string[], date = '2026-01-01T00:00:00Z') =>
    execFileSync('git', args, {
      cwd,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Test',
        GIT_AUTHOR_EMAIL: 't@example.org',
        GIT_COMMITTER_NAME: 'Test',
        GIT_COMMITTER_EMAIL: 't@example.org',
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
      },
    });
  const commit = (date: string, message: string) => {
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '-m', message], date);
  };
  const write = (id: string, lines: string) =>
    writeFileSync(path.join(repo, 'content/engines', `${id}.md`), engineFile(lines));

  mkdirSync(path.join(repo, 'content/engines'), { recursive: true });
  git(repo, ['init', '-q']);
  write('demo', 'os:\n  linux: { support: no, note: "x" }');
  commit('2026-01-01T10:00:00Z', 'add demo');
  write('demo', 'os:\n  linux: { support: yes, note: "y", source: "https://e.org/y" }');
  write('other', 'os:\n  macos: { support: yes, source: "https://e.org/m" }');
  commit('2026-02-01T10:00:00Z', 'demo on linux; add other');
  write('demo', 'os:\n  linux:\n    support: yes\n    note: "y"\n    source: "https://e.org/y"');
  commit('2026-03-01T10:00:00Z', 'reformat');
  writeFileSync(path.join(repo, 'README.md'), 'not data');
  commit('2026-04-01T10:00:00Z', 'docs only');

  it('turns every data change into an entry, newest first, and skips reformatting', () => {
    const history = historyEntries(readGitHistory(repo, 'content/engines'));
    if (!history.available) throw new Error('history should be available');
    expect(history.entries.map((e) => [e.date.slice(0, 10), e.engine, e.changes[0]!.type])).toEqual(
      [
        ['2026-02-01', 'demo', 'cell'],
        ['2026-02-01', 'other', 'added'],
        ['2026-01-01', 'demo', 'added'],
      ],
    );
    // The id is built from the commit and the engine: the same in every build.
    const again = historyEntries(readGitHistory(repo, 'content/engines'));
    expect(again.available && again.entries.map((e) => e.id)).toEqual(
      history.entries.map((e) => e.id),
    );
  });

  it('follows the main line: a merged branch counts once, as its merge', () => {
    const merged = path.join(root, 'merged');
    git(root, ['clone', '-q', `file://${repo}`, merged]);
    const inMerged = (date: string, message: string) => {
      git(merged, ['add', '-A']);
      git(merged, ['commit', '-q', '-m', message], date);
    };
    const writeMerged = (lines: string) =>
      writeFileSync(path.join(merged, 'content/engines/other.md'), engineFile(lines));
    git(merged, ['checkout', '-q', '-b', 'side']);
    writeMerged('os:\n  macos: { support: no, note: "tried" }');
    inMerged('2026-05-01T10:00:00Z', 'side: try no');
    writeMerged('os:\n  macos: { support: partial, source: "https://e.org/m" }');
    inMerged('2026-05-02T10:00:00Z', 'side: settle on partial');
    git(merged, ['checkout', '-q', '-']);
    git(merged, ['merge', '-q', '--no-ff', '-m', 'merge side', 'side'], '2026-05-03T10:00:00Z');
    const history = historyEntries(readGitHistory(merged, 'content/engines'));
    if (!history.available) throw new Error('history should be available');
    const other = history.entries.filter((entry) => entry.engine === 'other');
    expect(other.map((entry) => entry.date.slice(0, 10))).toEqual(['2026-05-03', '2026-02-01']);
  });

  it('says why when there is no history: no git, or a shallow clone', () => {
    const plain = path.join(root, 'plain');
    mkdirSync(plain);
    expect(readGitHistory(plain, 'content/engines')).toEqual({
      available: false,
      reason: 'no-git',
    });
    const shallow = path.join(root, 'shallow');
    git(root, ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    expect(readGitHistory(shallow, 'content/engines')).toEqual({
      available: false,
      reason: 'shallow',
    });
  });

  it('makes a valid Atom feed with stable entry ids, dated by its newest entry', () => {
    const history = historyEntries(readGitHistory(repo, 'content/engines'));
    if (!history.available) throw new Error('history should be available');
    const make = () =>
      changesFeed({
        title: 'Demo changes',
        stylesheetUrl: '/feed.xsl',
        selfUrl: 'https://example.org/changes.atom',
        pageUrl: 'https://example.org/changes/',
        entryUrl: (entry) => `https://example.org/changes/#change-${entry.id}`,
        entries: history.entries,
        t: useTranslations('en'),
        fallbackDate: new Date('2030-01-01'),
      });
    const xml = make();
    expect(XMLValidator.validate(xml)).toBe(true);
    // A browser shows it through the stylesheet; readers see the same Atom document.
    expect(xml.split('\n')[1]).toBe('<?xml-stylesheet type="text/xsl" href="/feed.xsl"?>');
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.updated).toBe('2026-02-01T10:00:00.000Z');
    expect(feed.entry).toHaveLength(3);
    expect(feed.entry[0].id).toBe(`https://example.org/changes/#change-${history.entries[0]!.id}`);
    expect(make()).toBe(xml);
  });
});
