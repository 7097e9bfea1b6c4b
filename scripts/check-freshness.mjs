// `npm run check:freshness`: fails when an engine's facts were last checked more than
// MAX_VERIFIED_AGE_DAYS ago. Run on a schedule (.github/workflows/freshness.yml), not by
// `npm test`, so that the tests pass on any date while stale data still gets noticed.
import { enginesDir as dir, readEngines } from './catalogue-files.mjs';
import { MAX_VERIFIED_AGE_DAYS, staleEngines } from '../src/lib/freshness.ts';

const engines = readEngines().map(({ id, data }) => ({
  id,
  data: { verified: String(data.verified) },
}));

const stale = staleEngines(engines);
for (const { id, verified, ageDays } of stale) {
  console.error(
    `${dir}/${id}.md: verified ${verified}, ${ageDays} days ago: check its facts again`,
  );
}
console.log(
  stale.length
    ? `${stale.length} of ${engines.length} engines are past the ${MAX_VERIFIED_AGE_DAYS}-day limit`
    : `all ${engines.length} engines were verified within ${MAX_VERIFIED_AGE_DAYS} days`,
);
process.exit(stale.length ? 1 : 0);
