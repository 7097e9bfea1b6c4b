import { CAPABILITY_GROUP_IDS } from '../registry/attributes';
import { useTranslations } from '../i18n';
import { groupLabel } from '../i18n/labels';
import type { Engine } from './types';
import {
  aboutPath,
  apiCapabilityPath,
  apiEnginePath,
  apiPath,
  badgeJsonPath,
  capabilitiesPath,
  changesFeedPath,
  changesPath,
  contributePath,
  datasetPath,
  enginePath,
  enginesPath,
  guidePath,
  homePath,
  searchPath,
} from './urls';
import { byCodePoint } from './order';

/**
 * `/llms.txt` (https://llmstxt.org): what the site is and where its pages, data and API are,
 * for tools that read a site on someone's behalf. English; the Chinese edition is under /zh/.
 */
export function llmsTxt(engines: readonly Engine[], absolute: (path: string) => string): string {
  const t = useTranslations('en');
  const link = (title: string, path: string, note?: string) =>
    `- [${title}](${absolute(path)})${note ? `: ${note}` : ''}`;
  return [
    `# ${t('site.name')}`,
    '',
    `> ${t('site.description')}`,
    '',
    `Every capability of ${engines.length} engines is rated yes, plugin, partial, no or unknown, and every rating links to the engine's own documentation or source code. "unknown" means no primary source settles it, not "no". The Chinese edition of every page is under /zh/.`,
    '',
    '## Pages',
    link(
      'Comparison matrix',
      homePath('en'),
      'all engines × all capabilities; filters and sorting live in the URL',
    ),
    link(
      'Engines',
      enginesPath('en'),
      'one page per engine with its fact sheet, sources and history',
    ),
    link(
      'Capabilities',
      capabilitiesPath('en'),
      `one page per capability (${CAPABILITY_GROUP_IDS.map((g) => groupLabel(t, g)).join(', ')})`,
    ),
    link(
      'Which engine should I use?',
      guidePath('en'),
      'a chooser by hardware, OS, workload and API',
    ),
    link('Data changes', changesPath('en'), 'dated history of every data change'),
    link('Methodology', aboutPath('en'), 'sources, support levels and the rating rubric'),
    link('Contribute', contributePath('en'), 'how to fix a fact, and the open to-do lists'),
    link('Search', searchPath('en'), 'full-text search, ?q=<words>'),
    '',
    '## Data and API (JSON, no key needed)',
    link('OpenAPI 3.1 description', apiPath('openapi.json')),
    link('Engine index', apiPath('engines.json')),
    link('One engine', apiEnginePath('vllm'), 'replace vllm with any engine id'),
    link('Capability index', apiPath('capabilities.json')),
    link(
      'One capability',
      apiCapabilityPath('features', 'prefix-caching'),
      'every engine’s level for it',
    ),
    link(
      'Badge',
      badgeJsonPath('vllm', 'features', 'prefix-caching'),
      'shields.io endpoint format; SVG at /badges/<id>/<group>/<key>.svg',
    ),
    link('Whole dataset (JSON)', datasetPath('engines.json')),
    link('Whole dataset (CSV)', datasetPath('engines.csv')),
    link('Dataset JSON Schema', datasetPath('engines.schema.json')),
    link('Changes (Atom)', changesFeedPath()),
    '',
    '## Engines',
    ...[...engines]
      .sort((a, b) => byCodePoint(a.id, b.id))
      .map((engine) => link(engine.data.name, enginePath(engine.id), engine.data.summary)),
    '',
  ].join('\n');
}
