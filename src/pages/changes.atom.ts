import type { APIRoute } from 'astro';
import { useTranslations } from '../i18n';
import { changesFeed } from '../lib/history/atom';
import { getHistory } from '../lib/history/load';
import { absoluteUrl, changesFeedPath, changesPath, withBase } from '../lib/urls';

/** How many entries the site-wide feed carries (the page lists them all). */
const FEED_LENGTH = 100;

export const GET: APIRoute = ({ site }) => {
  const t = useTranslations('en');
  const history = getHistory();
  const page = absoluteUrl(changesPath('en'), site);
  return new Response(
    changesFeed({
      stylesheetUrl: withBase('/feed.xsl'),
      title: t('changes.feedTitle', { name: t('site.name') }),
      selfUrl: absoluteUrl(changesFeedPath(), site),
      pageUrl: page,
      entryUrl: (entry) => `${page}#change-${entry.id}`,
      entries: history.available ? history.entries.slice(0, FEED_LENGTH) : [],
      t,
      fallbackDate: new Date(),
    }),
    { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
  );
};
