import type { APIRoute, GetStaticPaths } from 'astro';
import { CAPABILITIES } from '../../../registry/attributes';
import { differingCapabilities } from '../../../lib/compare/differences';
import { pairsToBuild } from '../../../lib/compare/pairs';
import { pairSlug } from '../../../lib/urls';
import { cardPng, pngResponse } from '../../../lib/og/card';
import { getEngines } from '../../../lib/load-engines';
import { useTranslations } from '../../../i18n';
import type { Engine } from '../../../lib/types';

// A card per built pair page; the pair rule keeps their number linear in the catalogue.
export const getStaticPaths: GetStaticPaths = async () => {
  const engines = await getEngines('en');
  return pairsToBuild(engines).map(([a, b]) => ({
    params: { pair: pairSlug(a.id, b.id) },
    props: { a, b },
  }));
};

export const GET: APIRoute = ({ props }) => {
  const { a, b } = props as { a: Engine; b: Engine };
  const t = useTranslations('en');
  const count = differingCapabilities([a, b]).size;
  return pngResponse(
    cardPng({
      title: `${a.data.name} vs ${b.data.name}`,
      summary: `${count} of ${CAPABILITIES.length} capabilities differ. Hardware, serving features, quantization and install, side by side, with sources.`,
      tags: ['Side by side', `${count} differences`],
      footer: t('site.name'),
    }),
  );
};
