import type { APIRoute } from 'astro';
import { capabilityIndex } from '../../../lib/api';
import { getEngines } from '../../../lib/load-engines';
import { jsonResponse } from '../../../lib/responses';
import { absoluteUrl } from '../../../lib/urls';

export const GET: APIRoute = async ({ site }) =>
  jsonResponse(capabilityIndex(await getEngines(), (path) => absoluteUrl(path, site)));
