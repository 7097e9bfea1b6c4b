import type { APIRoute, GetStaticPaths } from 'astro';
import { toDatasetEngine } from '../../../../lib/dataset';
import { getEngines } from '../../../../lib/load-engines';
import { jsonResponse } from '../../../../lib/responses';
import { absoluteUrl, enginePath } from '../../../../lib/urls';
import type { Engine } from '../../../../lib/types';

export const getStaticPaths = (async () =>
  (await getEngines()).map((engine) => ({
    params: { id: engine.id },
    props: { engine },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ engine: Engine }> = ({ props: { engine }, site }) =>
  jsonResponse(toDatasetEngine(engine, absoluteUrl(enginePath(engine.id), site)));
