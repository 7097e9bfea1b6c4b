import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { CAPABILITY_IDS } from './capabilities';
import { assertSafeMarkdown } from './markdown-safety';

type Text = CollectionEntry<'capabilities'> | CollectionEntry<'capabilitiesZh'>;

let texts: Promise<Map<string, { en: CollectionEntry<'capabilities'>; zh: Text }>> | undefined;

// Every capability of the registry needs its explainer in every language: a missing file fails
// the build with its path, as a missing engine translation does.
async function load() {
  const [enEntries, zhEntries] = [
    await getCollection('capabilities'),
    await getCollection('capabilitiesZh'),
  ];
  [...enEntries, ...zhEntries].forEach(assertSafeMarkdown);
  const en = new Map(enEntries.map((entry) => [entry.id, entry]));
  const zh = new Map(zhEntries.map((entry) => [entry.id, entry]));
  const path = (dir: string, id: string) => `content/${dir}/${id.replace('.', '/')}.md`;
  for (const id of [...en.keys(), ...zh.keys()]) {
    if (!CAPABILITY_IDS.includes(id))
      throw new Error(`${path('capabilities', id)}: "${id}" is not a capability of the registry`);
  }
  const missing = CAPABILITY_IDS.flatMap((id) => [
    ...(en.has(id) ? [] : [path('capabilities', id)]),
    ...(zh.has(id) ? [] : [path('capabilities-zh', id)]),
  ]);
  if (missing.length) throw new Error(`capability texts missing: ${missing.join(', ')}`);
  return new Map(CAPABILITY_IDS.map((id) => [id, { en: en.get(id)!, zh: zh.get(id)! }]));
}

/** A capability's explainer in a locale, and its related capabilities (from the English file). */
export async function getCapabilityText(locale: Locale, id: string) {
  const entry = (await (texts ??= load())).get(id)!;
  return { text: entry[locale], related: entry.en.data.related };
}
