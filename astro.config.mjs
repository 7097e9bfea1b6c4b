// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { inlineScriptHashes } from './src/scripts/inline-scripts.mjs';
import { DEFAULT_LOCALE, HTML_LANG, LOCALES } from './src/i18n/locales.ts';

// Where the site is deployed. Both can be set at build time, e.g.
//   SITE_URL=https://atlas.example.org BASE_PATH=/atlas npm run build
// The default site is a reserved placeholder domain until the project has a real one.
const site = process.env.SITE_URL ?? 'https://inference-engine-atlas.example';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  output: 'static',
  // One small stylesheet, inlined: no render-blocking request before the first paint.
  build: { inlineStylesheets: 'always' },
  trailingSlash: 'always',
  // The locales come from src/i18n/locales.ts. Routing is manual: the `[...lang]` routes make
  // every page once per locale, and the site never redirects between editions.
  i18n: { defaultLocale: DEFAULT_LOCALE, locales: LOCALES, routing: 'manual' },
  integrations: [
    react(),
    {
      name: 'atlas-client-directives',
      hooks: {
        'astro:config:setup': ({ addClientDirective }) =>
          addClientDirective({ name: 'urlOrIdle', entrypoint: './src/directives/url-or-idle.js' }),
      },
    },
    sitemap({
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: HTML_LANG },
      filter: (page) => !/\/404\/?$/.test(page),
    }),
  ],
  // Code blocks are styled by our CSS: Shiki's inline style attributes would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false },
  security: {
    // Astro hashes every script and style it emits into a per-page CSP <meta>; these are the rest.
    // The search page alone adds 'self' and 'wasm-unsafe-eval' to script-src (Pagefind runs
    // WebAssembly): see src/pages/[...lang]/search.astro.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        'upgrade-insecure-requests',
      ],
      scriptDirective: { hashes: inlineScriptHashes() },
    },
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
