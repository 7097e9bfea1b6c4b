import type { APIRoute, GetStaticPaths } from 'astro';
import { cardPng, pngResponse } from '../../../lib/og/card';
import { getEngines } from '../../../lib/load-engines';
import { useTranslations } from '../../../i18n';
import { kindLabel } from '../../../i18n/labels';
import type { Engine } from '../../../lib/types';
import { latestRelease } from '../../../lib/releases';

// Cards are language-neutral (English text), one per engine.
export const getStaticPaths: GetStaticPaths = async () =>
  (await getEngines('en')).map((engine) => ({ params: { id: engine.id }, props: { engine } }));

export const GET: APIRoute = ({ props }) => {
  const { data } = (props as { engine: Engine }).engine;
  const t = useTranslations('en');
  return pngResponse(
    cardPng({
      title: data.name,
      summary: data.summary,
      tags: [kindLabel(t, data.kind), data.license, latestRelease(data)?.version ?? ''].filter(
        Boolean,
      ),
      footer: t('site.name'),
    }),
  );
};
