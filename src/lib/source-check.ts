// Checks that cited pages still answer: dead links, redirects that leave the engine's project,
// archived repositories. Pure apart from `fetch`, which the caller may replace; the script
// `scripts/check-sources.mjs` feeds it the catalogue, the unit test a local server.
import { owner } from './citations.ts';

/** One cited URL and where the catalogue cites it. */
export interface Citation {
  url: string;
  /** e.g. `vllm hardware.nvidia-cuda` */
  where: string[];
  /** Owners (host or github.com/<org>) the URL may end up on; see `citations.ts`. */
  allowed: string[];
}

export interface CheckOptions {
  /** Base of the GitHub REST API (a local server in tests). */
  githubApi: string;
  /** Requests at once, over all hosts. */
  concurrency: number;
  /** Milliseconds between two requests to the same host. */
  hostPauseMs: number;
  /** Extra attempts after a network error, a 429 or a 5xx. */
  retries: number;
  headers?: Record<string, string>;
  /** For GitHub API calls (rate limits). */
  githubToken?: string | undefined;
  fetch?: typeof fetch;
}

export interface Problem {
  kind: 'dead' | 'redirect' | 'archived';
  url: string;
  detail: string;
  where: string[];
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Runs `task` for every item, at most `limit` at once. */
async function pool<T>(items: T[], limit: number, task: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Spaces out requests to one host; a host's requests wait for each other. */
function hostGate(pauseMs: number) {
  const last = new Map<string, Promise<void>>();
  return (host: string) => {
    const previous = last.get(host) ?? Promise.resolve();
    const mine: Promise<void> = previous.then(() => sleep(pauseMs));
    last.set(host, mine);
    return previous;
  };
}

/** The GitHub repository a URL points into, `owner/name`, if any. */
function githubRepository(url: string): string | undefined {
  const match = /^https?:\/\/github\.com\/([^/#?]+)\/([^/#?]+)/.exec(url);
  return match ? `${match[1]}/${match[2]!.replace(/\.git$/, '')}`.toLowerCase() : undefined;
}

/** Checks every citation and every GitHub repository they point into. */
export async function checkCitations(
  citations: Citation[],
  options: CheckOptions,
): Promise<Problem[]> {
  const doFetch = options.fetch ?? fetch;
  const wait = hostGate(options.hostPauseMs);
  const problems: Problem[] = [];

  const request = async (url: string, method: 'HEAD' | 'GET', headers: Record<string, string>) => {
    for (let attempt = 0; ; attempt++) {
      await wait(new URL(url).host);
      try {
        const response = await doFetch(url, {
          method,
          redirect: 'manual',
          headers,
          signal: AbortSignal.timeout(30_000),
        });
        const retry = response.status === 429 || response.status >= 500;
        if (!retry || attempt >= options.retries) return response;
      } catch (error) {
        if (attempt >= options.retries) throw error;
      }
      await sleep(500 * 2 ** attempt);
    }
  };

  /** Follows redirects by hand (at most 5) so each hop's owner can be checked. */
  const resolve = async (start: string) => {
    let url = start;
    for (let hop = 0; hop <= 5; hop++) {
      const headers = { 'user-agent': 'inference-engine-atlas-source-check', ...options.headers };
      let response = await request(url, 'HEAD', headers);
      // Some servers refuse HEAD; ask again with GET before calling the page dead.
      if ([403, 404, 405, 501].includes(response.status))
        response = await request(url, 'GET', headers);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        url = new URL(location, url).href;
        continue;
      }
      return { status: response.status, final: url };
    }
    return { status: 310, final: url };
  };

  await pool(citations, options.concurrency, async (citation) => {
    try {
      const { status, final } = await resolve(citation.url);
      if (status >= 400) {
        problems.push({
          kind: 'dead',
          url: citation.url,
          detail: `HTTP ${status}`,
          where: citation.where,
        });
      } else if (status === 310) {
        problems.push({
          kind: 'dead',
          url: citation.url,
          detail: 'more than 5 redirects',
          where: citation.where,
        });
      } else if (final !== citation.url) {
        const who = owner(final);
        if (!citation.allowed.some((a) => who === a || who.startsWith(`${a}/`))) {
          problems.push({
            kind: 'redirect',
            url: citation.url,
            detail: `redirects to ${final}, outside the engine's project`,
            where: citation.where,
          });
        }
      }
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      problems.push({ kind: 'dead', url: citation.url, detail, where: citation.where });
    }
  });

  const repositories = new Map<string, string[]>();
  for (const citation of citations) {
    const repo = githubRepository(citation.url);
    if (repo) repositories.set(repo, [...(repositories.get(repo) ?? []), ...citation.where]);
  }
  await pool([...repositories], options.concurrency, async ([repo, where]) => {
    const headers: Record<string, string> = {
      accept: 'application/vnd.github+json',
      'user-agent': 'inference-engine-atlas-source-check',
      ...(options.githubToken && { authorization: `Bearer ${options.githubToken}` }),
    };
    try {
      const response = await request(`${options.githubApi}/repos/${repo}`, 'GET', headers);
      if (!response.ok) return; // a moved or private repository shows up as a dead link above
      const meta = (await response.json()) as { archived?: boolean };
      if (meta.archived) {
        problems.push({
          kind: 'archived',
          url: `https://github.com/${repo}`,
          detail: 'the repository is archived',
          where: [...new Set(where)],
        });
      }
    } catch {
      // Metadata is a bonus: a failed API call must not hide the link results.
    }
  });

  return problems.sort((a, b) => `${a.kind} ${a.url}`.localeCompare(`${b.kind} ${b.url}`, 'en'));
}

/** The report as Markdown, for the weekly issue. */
export function problemReport(problems: Problem[], checked: number, date: string): string {
  const titles = {
    dead: 'Dead links',
    redirect: 'Redirects that leave the project',
    archived: 'Archived repositories',
  };
  const sections = (Object.keys(titles) as Problem['kind'][]).flatMap((kind) => {
    const items = problems.filter((problem) => problem.kind === kind);
    if (!items.length) return [];
    return [
      `### ${titles[kind]} (${items.length})`,
      '',
      ...items.map(
        (p) =>
          `- ${p.url} — ${p.detail}; cited at ${p.where.slice(0, 5).join(', ')}${p.where.length > 5 ? ` and ${p.where.length - 5} more` : ''}`,
      ),
      '',
    ];
  });
  return [
    `## Source check ${date}`,
    '',
    `${checked} cited URLs checked; ${problems.length ? `${problems.length} problems` : 'no problems'}.`,
    '',
    ...sections,
  ].join('\n');
}
