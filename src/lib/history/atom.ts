import { Feed } from 'feed';
import { escapeHtml } from '../escape-html';
import type { Translate } from '../../i18n';
import { describeChange } from './describe';
import type { ChangeEntry } from './entries';

interface FeedInput {
  /** The XSL stylesheet that shows the feed as a page in a browser (`/feed.xsl`). */
  stylesheetUrl: string;
  title: string;
  /** Absolute URLs: the feed itself, the page it mirrors, and an entry's permalink. */
  selfUrl: string;
  pageUrl: string;
  entryUrl: (entry: ChangeEntry) => string;
  entries: readonly ChangeEntry[];
  t: Translate;
  /** Used only when there is no entry to date the feed by. */
  fallbackDate: Date;
}

/**
 * An Atom 1.0 feed of data changes (English). Entry ids are permalinks built from the commit
 * and the engine, so the same change keeps its id in every build; the feed is dated by its
 * newest entry, not by the build.
 */
export function changesFeed({
  title,
  selfUrl,
  pageUrl,
  entryUrl,
  entries,
  t,
  fallbackDate,
  stylesheetUrl,
}: FeedInput): string {
  const feed = new Feed({
    id: pageUrl,
    title,
    link: pageUrl,
    updated: entries[0] ? new Date(entries[0].date) : fallbackDate,
    feedLinks: { atom: selfUrl },
    generator: false,
    language: 'en',
    copyright: t('footer.dataLicence'),
  });
  for (const entry of entries) {
    const lines = entry.changes.map((change) => {
      const { what, from, to, detail } = describeChange(change, t, 'en');
      const level = to === undefined ? '' : `: ${from === undefined ? '' : `${from} → `}${to}`;
      return `<li>${escapeHtml(what + level)}${detail ? `<br>${escapeHtml(detail)}` : ''}</li>`;
    });
    feed.addItem({
      id: entryUrl(entry),
      link: entryUrl(entry),
      title: `${entry.name}: ${t('changes.count', { count: entry.changes.length })}`,
      date: new Date(entry.date),
      content: `<ul>${lines.join('')}</ul>`,
    });
  }
  // A browser that opens the feed shows it as a page through this stylesheet; feed readers
  // ignore the processing instruction.
  return feed
    .atom1()
    .replace(
      /^(<\?xml[^>]*\?>)/,
      `$1\n<?xml-stylesheet type="text/xsl" href="${escapeHtml(stylesheetUrl)}"?>`,
    );
}
