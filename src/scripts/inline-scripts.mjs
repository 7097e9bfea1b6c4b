// The site's only inline scripts. Components inline these files verbatim and astro.config.mjs
// adds their hashes to the Content-Security-Policy, so both always agree.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const INLINE_SCRIPTS = [
  'theme-init.js',
  'theme-toggle.js',
  'language-switch.js',
  'search-shortcut.js',
  'not-found-edition.js',
  'pair-redirect.js',
  'embed-badge.js',
];

/** @returns {`sha256-${string}`[]} */
export const inlineScriptHashes = () =>
  INLINE_SCRIPTS.map(
    (name) =>
      /** @type {`sha256-${string}`} */ (
        `sha256-${createHash('sha256')
          .update(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8'))
          .digest('base64')}`
      ),
  );
