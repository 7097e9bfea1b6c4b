#!/usr/bin/env node
// npm run audit: Lighthouse (mobile defaults) on every page type that matters for first paint.
// Builds the site into a temporary folder with SITE_URL set to the audit server's address (so
// canonical links point at the origin being audited), serves it on loopback with gzip as a
// static host would (scripts/serve.mjs), prints the four scores and the Largest Contentful
// Paint per page, and exits 1 below 95 performance, 100 accessibility, best practices and SEO,
// or above 1.2 s LCP.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from './serve.mjs';
import { CHROMIUM_ARGS, systemChromium } from './chromium.mjs';

const PORT = 4455;
const PAGES =
  process.argv.length > 2
    ? process.argv.slice(2)
    : [
        '/',
        '/zh/',
        '/engines/vllm/',
        '/compare/sglang-vs-vllm/',
        '/compare/?engines=vllm,sglang,llama-cpp',
        '/guide/',
      ];
const MINIMUM = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const MAX_LCP_MS = 1200;

const work = mkdtempSync(path.join(tmpdir(), 'atlas-audit-'));
const dist = path.join(work, 'dist');
let failed = false;
try {
  execFileSync('npx', ['astro', 'build', '--outDir', dist], {
    env: { ...process.env, SITE_URL: `http://127.0.0.1:${PORT}`, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const server = await serve(dist, PORT);
  const chrome = await chromeLauncher.launch({
    chromePath: systemChromium(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    console.log('page | performance | accessibility | best practices | SEO | LCP | TBT');
    console.log('--- | --- | --- | --- | --- | --- | ---');
    for (const page of PAGES) {
      const { lhr } = await lighthouse(new URL(page.slice(1), server.url).href, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: Object.keys(MINIMUM),
      });
      const scores = Object.fromEntries(
        Object.keys(MINIMUM).map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
      );
      const lcp = Math.round(lhr.audits['largest-contentful-paint'].numericValue);
      const tbt = Math.round(lhr.audits['total-blocking-time'].numericValue);
      console.log(
        [page, ...Object.values(scores), `${(lcp / 1000).toFixed(2)} s`, `${tbt} ms`].join(' | '),
      );
      if (lcp > MAX_LCP_MS) {
        failed = true;
        const details = lhr.audits['largest-contentful-paint-element']?.details;
        const element = details?.items?.[0]?.items?.[0] ?? details?.items?.[0];
        console.log(JSON.stringify(lhr.audits['largest-contentful-paint-element']).slice(0, 2500));
        console.log(
          `  LCP ${lcp} ms > ${MAX_LCP_MS} ms: ${element?.node?.snippet ?? 'element unknown'}`,
        );
      }
      for (const [id, minimum] of Object.entries(MINIMUM)) {
        if (scores[id] < minimum) {
          failed = true;
          const audits = lhr.categories[id].auditRefs
            .map((ref) => lhr.audits[ref.id])
            .filter(
              (audit) =>
                audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative',
            );
          console.log(`  ${id} ${scores[id]} < ${minimum}: ${audits.map((a) => a.id).join(', ')}`);
        }
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(failed ? 'audit: FAILED' : 'audit: all pages meet the thresholds');
process.exit(failed ? 1 : 0);
