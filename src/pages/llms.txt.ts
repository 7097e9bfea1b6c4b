import type { APIRoute } from 'astro';
import { getEngines } from '../lib/load-engines';
import { llmsTxt } from '../lib/llms-txt';
import { textResponse } from '../lib/responses';
import { absoluteUrl } from '../lib/urls';

export const GET: APIRoute = async ({ site }) =>
  textResponse(
    llmsTxt(await getEngines(), (path) => absoluteUrl(path, site)),
    'text/plain',
  );
