import type { APIRoute, GetStaticPaths } from 'astro';
import { cardPng, pngResponse } from '../../../../lib/og/card';
import { getEngines } from '../../../../lib/load-engines';
import { useTranslations } from '../../../../i18n';
import { attributeLabel, groupLabel } from '../../../../i18n/labels';
import { levelCounts } from '../../../../lib/capabilities';
import { CAPABILITIES, type CapabilityGroup } from '../../../../registry/attributes';

export const getStaticPaths: GetStaticPaths = () =>
  CAPABILITIES.map(({ group, key }) => ({ params: { group, key } }));

export const GET: APIRoute = async ({ params }) => {
  const group = params.group as CapabilityGroup;
  const key = params.key!;
  const t = useTranslations('en');
  const engines = await getEngines('en');
  const counts = levelCounts(engines, group, key);
  return pngResponse(
    cardPng({
      title: attributeLabel(t, group, key),
      summary: t('capability.summary', {
        yes: counts.yes,
        total: engines.length,
        more: counts.partial + counts.plugin,
      }),
      tags: [groupLabel(t, group)],
      footer: t('site.name'),
    }),
  );
};
