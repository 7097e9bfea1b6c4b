import type { APIRoute } from 'astro';
import { buildDataset } from '../../lib/dataset';
import { getEngines } from '../../lib/load-engines';
import { enginePath } from '../../lib/urls';

export const GET: APIRoute = async ({ site }) => {
  const dataset = buildDataset(
    await getEngines(),
    (id) => new URL(enginePath(id), site).href,
    new Date(),
  );
  return new Response(JSON.stringify(dataset, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
