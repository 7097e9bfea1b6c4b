import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const MODULE_SCRIPT =
  /<script[^>]*type="module"[^>]*src="([^"]+)"|<script[^>]*src="([^"]+)"[^>]*type="module"/g;
const ISLAND_URL = /(?:component-url|renderer-url)="([^"]+)"/g;
const STATIC_IMPORT = /(?:import|export)\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']/g;

/** Every JavaScript file a page loads: module scripts, island components and what they import. */
export function pageScripts(dist: string, htmlFile: string): string[] {
  const html = readFileSync(path.join(dist, htmlFile), 'utf8');
  const queue = [...html.matchAll(MODULE_SCRIPT), ...html.matchAll(ISLAND_URL)].map(
    (m) => (m[1] ?? m[2])!,
  );
  const seen = new Set<string>();
  while (queue.length) {
    const url = queue.shift()!;
    const file = path.join(dist, url.replace(/^\//, ''));
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec = ''] of code.matchAll(STATIC_IMPORT)) {
      queue.push(path.posix.join(path.posix.dirname(url), spec));
    }
  }
  return [...seen];
}

/** Total gzipped size, in bytes, of a page's JavaScript. */
export const gzippedBytes = (files: readonly string[]) =>
  files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
