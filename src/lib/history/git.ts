import { spawnSync } from 'node:child_process';

/** One engine file as a commit changed it: its text before and after (absent = added/removed). */
interface FileChange {
  id: string;
  before?: string | undefined;
  after?: string | undefined;
}

interface RawCommit {
  sha: string;
  /** Committer date, ISO 8601 with offset. */
  date: string;
  files: FileChange[];
}

export type GitHistory =
  { available: true; commits: RawCommit[] } | { available: false; reason: 'no-git' | 'shallow' };

const NO_BLOB = /^0+$/;

function git(cwd: string, args: string[], input?: string) {
  const result = spawnSync('git', args, {
    cwd,
    input,
    maxBuffer: 1024 * 1024 * 1024,
  });
  return result.status === 0 ? result.stdout : undefined;
}

/** Reads many blobs with one `git cat-file --batch` process. */
function readBlobs(cwd: string, shas: string[]): Map<string, string> {
  const blobs = new Map<string, string>();
  if (shas.length === 0) return blobs;
  const out = git(cwd, ['cat-file', '--batch'], shas.join('\n') + '\n');
  if (!out) throw new Error('git cat-file --batch failed while reading the data history');
  let offset = 0;
  while (offset < out.length) {
    const headerEnd = out.indexOf(0x0a, offset);
    const [sha, , size] = out.subarray(offset, headerEnd).toString('utf8').split(' ');
    const start = headerEnd + 1;
    const end = start + Number(size);
    blobs.set(sha!, out.subarray(start, end).toString('utf8'));
    offset = end + 1;
  }
  return blobs;
}

/**
 * Every committed change to the Markdown files directly inside `dir` (relative to the
 * repository root `cwd`), oldest first. A tarball or a shallow clone has no (full) history:
 * that is reported instead of a partial answer, so the site never shows a wrong "added" date.
 */
export function readGitHistory(cwd: string, dir: string): GitHistory {
  const shallow = git(cwd, ['rev-parse', '--is-shallow-repository']);
  if (!shallow) return { available: false, reason: 'no-git' };
  if (shallow.toString().trim() === 'true') return { available: false, reason: 'shallow' };
  const log = git(cwd, [
    'log',
    // The main line only: a merged branch's commits count once, as the merge, against the
    // main line as it was (a side branch's own back-and-forth never shows up).
    '--first-parent',
    '--diff-merges=first-parent',
    '--reverse',
    '--no-renames',
    '--raw',
    '--no-abbrev',
    '--format=%x1e%H%x1f%cI',
    '--',
    dir,
  ]);
  if (!log) return { available: false, reason: 'no-git' };
  const fileLine = new RegExp(
    `^:\\d+ \\d+ ([0-9a-f]+) ([0-9a-f]+) [A-Z]\\d*\\t${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/([^/]+)\\.md$`,
  );
  const parsed = log
    .toString('utf8')
    .split('\x1e')
    .filter((chunk) => chunk.trim())
    .map((chunk) => {
      const [header = '', ...lines] = chunk.split('\n');
      const [sha = '', date = ''] = header.split('\x1f');
      const files = lines.flatMap((line) => {
        const match = fileLine.exec(line);
        if (!match) return [];
        const [, before, after, id] = match;
        return [
          {
            id: id!,
            before: NO_BLOB.test(before!) ? undefined : before,
            after: NO_BLOB.test(after!) ? undefined : after,
          },
        ];
      });
      return { sha, date, files };
    });
  const blobs = readBlobs(
    cwd,
    [...new Set(parsed.flatMap(({ files }) => files.flatMap((f) => [f.before, f.after])))].filter(
      (sha): sha is string => Boolean(sha),
    ),
  );
  return {
    available: true,
    commits: parsed.map((commit) => ({
      ...commit,
      files: commit.files.map((file) => ({
        id: file.id,
        before: file.before && blobs.get(file.before),
        after: file.after && blobs.get(file.after),
      })),
    })),
  };
}
