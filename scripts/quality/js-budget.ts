import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const MODULE_SCRIPT =
  /<script[^>]*type="module"[^>]*src="([^"]+)"|<script[^>]*src="([^"]+)"[^>]*type="module"/g;
const ISLAND = /<astro-island\b[^>]*>/g;
const ISLAND_URL = /(?:component-url|renderer-url)="([^"]+)"/g;
const STATIC_IMPORT = /(?:import|export)\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']/g;

/** Island directives that load their code right away; any other waits (idle, visible, …). */
const EAGER_DIRECTIVES = new Set(['load']);

function withImports(dist: string, entries: string[]): string[] {
  const queue = [...entries];
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

/**
 * Every JavaScript file a page loads (module scripts, islands and their static imports), or
 * with `{ eager: true }` only what loads at once: module scripts and `client:load` islands.
 * Dynamic imports (panels, exports) load on first use and are not counted.
 */
export function pageScripts(dist: string, htmlFile: string, { eager = false } = {}): string[] {
  const html = readFileSync(path.join(dist, htmlFile), 'utf8');
  const entries = [...html.matchAll(MODULE_SCRIPT)].map((m) => (m[1] ?? m[2])!);
  for (const [island] of html.matchAll(ISLAND)) {
    const directive = /\sclient="([^"]+)"/.exec(island)?.[1] ?? 'load';
    if (eager && !EAGER_DIRECTIVES.has(directive)) continue;
    entries.push(...[...island.matchAll(ISLAND_URL)].map((m) => m[1]!));
  }
  return withImports(dist, entries);
}

/** Total gzipped size, in bytes, of a page's JavaScript. */
export const gzippedBytes = (files: readonly string[]) =>
  files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
