import type { APIRoute } from 'astro';
import { getEngines } from '../../../lib/load-engines';
import { openApiDocument } from '../../../lib/openapi';
import { jsonResponse } from '../../../lib/responses';
import { absoluteUrl, apiPath } from '../../../lib/urls';

export const GET: APIRoute = async ({ site }) =>
  jsonResponse(
    openApiDocument(
      absoluteUrl(apiPath(''), site),
      (await getEngines()).map((engine) => engine.id).sort(),
    ),
  );
