#!/usr/bin/env node
// npm run bench [-- 100 1000]: builds synthetic catalogues and measures build and interaction cost.
// Prints a table and ends with one line per size:
//   bench: <N> engines, build <s> s, sort p50 <ms> ms, filter p50 <ms> ms, js <KB> KB gz
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeSyntheticCatalogue } from './bench/catalogue.mjs';
import { measure } from './bench/measure.mjs';
import { serve } from './serve.mjs';
import { gzippedBytes, pageScripts } from './quality/js-budget.ts';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const counts = sizes.length ? sizes : [100, 1000];
const work = mkdtempSync(path.join(tmpdir(), 'atlas-bench-'));
const results = [];

try {
  for (const count of counts) {
    const engines = writeSyntheticCatalogue(path.join(work, `catalogue-${count}`), count);
    const dist = path.join(work, `dist-${count}`);
    const started = process.hrtime.bigint();
    execFileSync('npx', ['astro', 'build', '--outDir', dist], {
      env: { ...process.env, ATLAS_ENGINES_DIR: engines, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const build = Number(process.hrtime.bigint() - started) / 1e9;
    const js = gzippedBytes(pageScripts(dist, 'index.html', { eager: true })) / 1024;
    const island = gzippedBytes(pageScripts(dist, 'index.html')) / 1024;
    const html = statSync(path.join(dist, 'index.html')).size / 1024;
    const server = await serve(dist);
    const timing = await measure(server.url);
    await server.close();
    results.push({ count, build, perEngine: (build / count) * 1000, html, js, island, ...timing });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const fixed = (n, d = 1) => n.toFixed(d);
console.log(
  '\nengines | build s | ms/engine | / HTML KB | JS at load KB gz | island KB gz | hydrate ms | sort p50 ms | filter p50 ms | rows',
);
console.log('--- | --- | --- | --- | --- | --- | --- | --- | --- | ---');
for (const r of results) {
  console.log(
    [
      r.count,
      fixed(r.build),
      fixed(r.perEngine, 0),
      fixed(r.html, 0),
      fixed(r.js),
      fixed(r.island),
      fixed(r.hydration, 0),
      fixed(r.sort),
      fixed(r.filter),
      r.rows,
    ].join(' | '),
  );
}
console.log('');
for (const r of results) {
  console.log(
    `bench: ${r.count} engines, build ${fixed(r.build)} s, sort p50 ${fixed(r.sort)} ms, filter p50 ${fixed(r.filter)} ms, js ${fixed(r.js)} KB gz`,
  );
}
