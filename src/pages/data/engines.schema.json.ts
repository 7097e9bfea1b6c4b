import type { APIRoute } from 'astro';
import { datasetJsonSchema } from '../../schemas/dataset';
import { datasetPath } from '../../lib/urls';

export const GET: APIRoute = ({ site }) =>
  new Response(
    JSON.stringify(
      datasetJsonSchema(new URL(datasetPath('engines.schema.json'), site).href),
      null,
      2,
    ),
    {
      headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
    },
  );
