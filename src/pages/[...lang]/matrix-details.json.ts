import type { APIRoute } from 'astro';
import { localeStaticPaths, type Locale } from '../../i18n/locales';
import { getEngines } from '../../lib/load-engines';
import { packDetails } from '../../lib/matrix/pack';
import { toMatrixRow } from '../../lib/matrix/to-rows';

export const getStaticPaths = localeStaticPaths;

/** The cells' notes, since, flag and tracking of every engine, fetched by the islands after load. */
export const GET: APIRoute = async ({ props }) => {
  const engines = await getEngines((props as { locale: Locale }).locale);
  const details = Object.fromEntries(
    engines.map((engine) => [engine.id, packDetails(toMatrixRow(engine))]),
  );
  return new Response(JSON.stringify(details), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
