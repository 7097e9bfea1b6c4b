import type { APIRoute, GetStaticPaths } from 'astro';
import { useTranslations } from '../../../i18n';
import { changesFeed } from '../../../lib/history/atom';
import { engineHistory, getHistory } from '../../../lib/history/load';
import { getEngines } from '../../../lib/load-engines';
import { absoluteUrl, changesFeedPath, changesPath, enginePath, withBase } from '../../../lib/urls';
import type { Engine } from '../../../lib/types';

export const getStaticPaths = (async () =>
  (await getEngines()).map((engine) => ({
    params: { id: engine.id },
    props: { engine },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ engine: Engine }> = ({ props: { engine }, site }) => {
  const t = useTranslations('en');
  const changes = absoluteUrl(changesPath('en'), site);
  return new Response(
    changesFeed({
      stylesheetUrl: withBase('/feed.xsl'),
      title: t('changes.feedTitle', { name: engine.data.name }),
      selfUrl: absoluteUrl(changesFeedPath(engine.id), site),
      pageUrl: absoluteUrl(enginePath(engine.id), site),
      entryUrl: (entry) => `${changes}#change-${entry.id}`,
      entries: engineHistory(getHistory(), engine.id),
      t,
      fallbackDate: new Date(),
    }),
    { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
  );
};
