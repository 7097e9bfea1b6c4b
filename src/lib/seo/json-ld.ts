/** schema.org objects for the pages' JSON-LD, built from the data by pure functions. */
import type { EngineData } from '../../schemas/engine';

const CONTEXT = 'https://schema.org';

/** An engine page: the engine as a SoftwareApplication. */
export function softwareApplicationLd(
  data: EngineData,
  latestVersion: string | undefined,
  pageUrl: string,
  lang: string,
) {
  return {
    '@context': CONTEXT,
    '@type': 'SoftwareApplication',
    name: data.name,
    description: data.summary,
    applicationCategory: 'DeveloperApplication',
    url: pageUrl,
    sameAs: [data.homepage, ...(data.repository ? [data.repository] : [])],
    ...(latestVersion && { softwareVersion: latestVersion }),
    ...(data.license !== 'proprietary' && {
      license: `https://spdx.org/licenses/${data.license}.html`,
    }),
    dateModified: data.verified,
    inLanguage: lang,
  };
}

/** The About page describes the dataset it links: a schema.org Dataset with its downloads. */
export function datasetLd(input: {
  name: string;
  description: string;
  pageUrl: string;
  jsonUrl: string;
  csvUrl: string;
}) {
  return {
    '@context': CONTEXT,
    '@type': 'Dataset',
    name: input.name,
    description: input.description,
    url: input.pageUrl,
    license: 'https://creativecommons.org/licenses/by/4.0/',
    isAccessibleForFree: true,
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: input.jsonUrl },
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: input.csvUrl },
    ],
  };
}

/** A capability page: what it is, as a DefinedTerm in the atlas's set of capabilities. */
export function definedTermLd(input: {
  name: string;
  description: string;
  pageUrl: string;
  setName: string;
  setUrl: string;
  lang: string;
}) {
  return {
    '@context': CONTEXT,
    '@type': 'DefinedTerm',
    name: input.name,
    description: input.description,
    url: input.pageUrl,
    inLanguage: input.lang,
    inDefinedTermSet: { '@type': 'DefinedTermSet', name: input.setName, url: input.setUrl },
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so it cannot close the element. */
export const jsonLdText = (value: object) => JSON.stringify(value).replaceAll('<', '\\u003c');
