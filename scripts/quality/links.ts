import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { htmlFiles, pagePath } from './dist-files';

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;

/** Whether a site path resolves to a file in the built site (directories need an index.html). */
function resolves(dist: string, sitePath: string): boolean {
  const file = path.join(dist, decodeURIComponent(sitePath));
  if (!existsSync(file)) return false;
  return statSync(file).isDirectory() ? existsSync(path.join(file, 'index.html')) : true;
}

/** Every internal href/src in the built HTML that points at nothing, as "page → target". */
export function findBrokenLinks(dist: string, base = '/'): string[] {
  const broken: string[] = [];
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(path.join(dist, file), 'utf8');
    const page = new URL(pagePath(file), 'https://site.invalid');
    for (const [, raw = ''] of html.matchAll(ATTRIBUTE)) {
      const target = raw.replaceAll('&amp;', '&');
      if (!target || /^(https?:|mailto:|data:|#)/.test(target)) continue;
      const url = new URL(target, page);
      if (url.origin !== page.origin) continue;
      const sitePath = url.pathname.startsWith(base)
        ? `/${url.pathname.slice(base.length)}`
        : url.pathname;
      if (!resolves(dist, sitePath)) broken.push(`${pagePath(file)} → ${target}`);
    }
  }
  return [...new Set(broken)];
}
