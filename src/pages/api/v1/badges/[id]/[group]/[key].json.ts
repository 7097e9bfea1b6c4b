import type { APIRoute, GetStaticPaths } from 'astro';
import type { CapabilityGroup } from '../../../../../../registry/attributes';
import { badge, badgeCells } from '../../../../../../lib/api';
import { getEngines } from '../../../../../../lib/load-engines';
import { jsonResponse } from '../../../../../../lib/responses';
import type { Engine } from '../../../../../../lib/types';

export const getStaticPaths = (async () =>
  badgeCells(await getEngines()).map(({ engine, group, key }) => ({
    params: { id: engine.id, group, key },
    props: { engine },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ engine: Engine }> = ({ props: { engine }, params }) =>
  jsonResponse(badge(engine, params.group as CapabilityGroup, params.key!));
