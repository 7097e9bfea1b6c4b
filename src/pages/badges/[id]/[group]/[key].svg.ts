import type { APIRoute, GetStaticPaths } from 'astro';
import type { CapabilityGroup } from '../../../../registry/attributes';
import { badge, badgeCells } from '../../../../lib/api';
import { badgeSvg } from '../../../../lib/badge-svg';
import { getEngines } from '../../../../lib/load-engines';
import { textResponse } from '../../../../lib/responses';
import { supportOf } from '../../../../lib/support';
import type { Engine } from '../../../../lib/types';

export const getStaticPaths = (async () =>
  badgeCells(await getEngines()).map(({ engine, group, key }) => ({
    params: { id: engine.id, group, key },
    props: { engine },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ engine: Engine }> = ({ props: { engine }, params }) => {
  const group = params.group as CapabilityGroup;
  const level = supportOf(engine, group, params.key!).support;
  return textResponse(badgeSvg(badge(engine, group, params.key!), level), 'image/svg+xml');
};
