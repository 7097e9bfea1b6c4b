import type { APIRoute } from 'astro';
import { cardPng, pngResponse } from '../../lib/og/card';
import { getEngines } from '../../lib/load-engines';
import { useTranslations } from '../../i18n';

export const GET: APIRoute = async () => {
  const t = useTranslations('en');
  const engines = await getEngines('en');
  return pngResponse(
    cardPng({
      title: t('home.title'),
      summary: t('site.tagline'),
      tags: [`${engines.length} engines`, 'Sourced', 'EN · 中文'],
      footer: t('site.name'),
    }),
  );
};
