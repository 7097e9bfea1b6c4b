// `npm run check:sources [-- --report FILE] [-- --only a,b]`: requests every URL the catalogue
// cites (live; a few at a time, retries, a pause per host) and reports dead links, redirects
// that leave the engine's project, and archived repositories. Run weekly by
// .github/workflows/sources.yml, which files the report as one issue; not part of `npm test`
// (no network there; tests/unit/source-check.test.ts checks it against a local server).
// Exit code 1 when there are problems. Environment: ATLAS_ENGINES_DIR, GITHUB_TOKEN,
// ATLAS_GITHUB_API, ATLAS_HOST_PAUSE_MS.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readEngines, releasesDir } from './catalogue-files.mjs';
import { allowedOwners } from '../src/lib/citations.ts';
import { checkCitations, problemReport } from '../src/lib/source-check.ts';

const { values: args } = parseArgs({
  options: { report: { type: 'string' }, only: { type: 'string' } },
});
const only = args.only ? new Set(args.only.split(',')) : undefined;

const engines = readEngines();
const byId = new Map(engines.map((engine) => [engine.id, engine]));

/** url → { where, allowed } */
const citations = new Map();
const cite = (url, where, allowed) => {
  if (typeof url !== 'string' || !/^https:\/\//.test(url)) return;
  const entry = citations.get(url) ?? { url, where: [], allowed: new Set() };
  entry.where.push(where);
  for (const owner of allowed) entry.allowed.add(owner);
  citations.set(url, entry);
};

for (const { id, data } of engines) {
  if (only && !only.has(id)) continue;
  const own = [...allowedOwners(id, data)];
  const sources = new Map((data.sources ?? []).map((source) => [source.id, source.url]));
  const url = (ref) => sources.get(ref) ?? ref;
  for (const source of data.sources ?? []) cite(source.url, `${id} sources.${source.id}`, own);
  for (const [group, cells] of Object.entries(data)) {
    if (!cells || typeof cells !== 'object' || Array.isArray(cells)) continue;
    for (const [key, cell] of Object.entries(cells)) {
      if (!cell || typeof cell !== 'object' || !('support' in cell || 'via' in cell)) continue;
      // A cell inheriting through `via` may cite its upstream's project.
      const allowed =
        cell.via && byId.has(cell.via)
          ? [...own, ...allowedOwners(cell.via, byId.get(cell.via).data)]
          : own;
      if (typeof cell.source === 'string' && !sources.has(cell.source))
        cite(cell.source, `${id} ${group}.${key}`, allowed);
      cite(cell.sinceSource, `${id} ${group}.${key} since`, allowed);
      cite(cell.tracking, `${id} ${group}.${key} tracking`, allowed);
    }
  }
  if (data.statusSince) cite(url(data.statusSince.source), `${id} statusSince`, own);
  if (data.releaseSource?.method === 'manual')
    cite(data.releaseSource.url, `${id} releaseSource`, own);
  const releaseFile = join(releasesDir, `${id}.json`);
  if (existsSync(releaseFile)) {
    for (const release of JSON.parse(readFileSync(releaseFile, 'utf8')).releases)
      cite(release.url, `${id} release ${release.version}`, [
        ...own,
        new URL(release.url).hostname,
      ]);
  }
}

const list = [...citations.values()].map((entry) => ({ ...entry, allowed: [...entry.allowed] }));
const problems = await checkCitations(list, {
  githubApi: process.env.ATLAS_GITHUB_API ?? 'https://api.github.com',
  concurrency: 6,
  hostPauseMs: Number(process.env.ATLAS_HOST_PAUSE_MS ?? 1000),
  retries: 2,
  githubToken: process.env.GITHUB_TOKEN,
});
const report = problemReport(problems, list.length, new Date().toISOString().slice(0, 10));
console.log(report);
if (args.report) writeFileSync(args.report, `${report}\n`);
process.exit(problems.length ? 1 : 0);
