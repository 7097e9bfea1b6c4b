import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/csv';
import { buildDataset } from '../../lib/dataset';
import { getEngines } from '../../lib/load-engines';
import { enginePath } from '../../lib/urls';

export const GET: APIRoute = async ({ site }) => {
  const dataset = buildDataset(
    await getEngines(),
    (id) => new URL(enginePath(id), site).href,
    new Date(),
  );
  return new Response(toCsv(dataset.engines), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
