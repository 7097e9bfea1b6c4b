import type { APIRoute, GetStaticPaths } from 'astro';
import { CAPABILITIES, type CapabilityGroup } from '../../../../../registry/attributes';
import { capabilityDetail } from '../../../../../lib/api';
import { getEngines } from '../../../../../lib/load-engines';
import { jsonResponse } from '../../../../../lib/responses';
import { absoluteUrl } from '../../../../../lib/urls';

export const getStaticPaths = (() =>
  CAPABILITIES.map(({ group, key }) => ({ params: { group, key } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  jsonResponse(
    capabilityDetail(await getEngines(), params.group as CapabilityGroup, params.key!, (path) =>
      absoluteUrl(path, site),
    ),
  );
