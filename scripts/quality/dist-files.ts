import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file under a folder, as paths relative to it. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

export const htmlFiles = (dir: string) => listFiles(dir).filter((file) => file.endsWith('.html'));

/** The URL path a built HTML file is served at: `engines/vllm/index.html` → `/engines/vllm/`. */
export const pagePath = (file: string) =>
  `/${file.replace(/index\.html$/, '').replace(/\.html$/, '/')}`.replace(/\/+/g, '/');
