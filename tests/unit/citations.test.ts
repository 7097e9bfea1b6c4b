import { describe, expect, it } from 'vitest';
import { CAPABILITIES } from '../../src/registry/attributes';
import type { EngineData } from '../../src/schemas/engine';
import { resolveSource } from '../../src/lib/sources';
import { supportOf } from '../../src/lib/support';
import { allowedOwners, isGenericCitation, owner } from '../../src/lib/citations';
import { releaseSourceUrl } from '../../src/lib/releases';
import { readCatalogue } from '../fixtures/catalogue';

// The rubric's citation rules (docs/rubric.md), checked over the real catalogue.
const { engines } = readCatalogue();
const byId = new Map(engines.map((engine) => [engine.id, engine]));

const isGeneric = isGenericCitation;

/** Every URL an engine's page shows as evidence, with the engine whose project it may be on. */
function citedUrls(
  data: EngineData,
): { where: string; url: string; via?: string; registry?: string }[] {
  const cells = CAPABILITIES.flatMap(({ group, key }) => {
    const value = supportOf({ id: '', data }, group, key);
    const url = resolveSource(data, value.source)?.url;
    const via = value.via && { via: value.via };
    return [
      ...(url ? [{ where: `${group}.${key}`, url, ...via }] : []),
      ...(value.tracking
        ? [{ where: `${group}.${key}.tracking`, url: value.tracking, ...via }]
        : []),
      ...(value.sinceSource
        ? [{ where: `${group}.${key}.sinceSource`, url: value.sinceSource, ...via }]
        : []),
    ];
  });
  return [
    ...cells,
    ...data.sources.map((s) => ({ where: `sources.${s.id}`, url: s.url })),
    // Releases may link to the registry the sync reads them from (PyPI, npm, Docker Hub).
    ...(data.releases ?? []).map((r) => ({
      where: `releases.${r.version}`,
      url: r.url,
      registry: owner(releaseSourceUrl(data.releaseSource)),
    })),
  ];
}

describe('citations', () => {
  it('cite a specific page: at most 5% of sourced cells cite a repository root or whole README', () => {
    const cells = engines.flatMap(({ id, data }) =>
      CAPABILITIES.flatMap(({ group, key }) => {
        const url = resolveSource(data, supportOf({ id, data }, group, key).source)?.url;
        return url ? [{ at: `${id} ${group}.${key}`, url }] : [];
      }),
    );
    const generic = cells.filter((cell) => isGeneric(cell.url));
    expect(
      generic.length / cells.length,
      `generic citations:\n${generic.map((c) => `${c.at} ${c.url}`).join('\n')}`,
    ).toBeLessThanOrEqual(0.05);
  });

  it.each(engines)('$id cites only its own project and its plugin vendors', ({ id, data }) => {
    const own = allowedOwners(id, data);
    // An inherited cell cites its upstream's project, which is as primary as it gets.
    const foreign = citedUrls(data).filter(({ url, via, registry }) => {
      const who = owner(url);
      const allowed = [
        ...own,
        ...(via ? allowedOwners(via, byId.get(via)!.data) : []),
        ...(registry ? [registry] : []),
      ];
      return !allowed.some((a) => who === a || who.startsWith(`${a}/`));
    });
    expect(foreign.map(({ where, url }) => `${where}: ${url}`)).toEqual([]);
  });

  it('recognises a generic citation and a foreign host (deliberately bad inputs)', () => {
    expect(isGeneric('https://github.com/org/repo')).toBe(true);
    expect(isGeneric('https://github.com/org/repo/blob/main/README.md')).toBe(true);
    expect(isGeneric('https://github.com/org/repo/blob/main/README.md#install')).toBe(false);
    expect(isGeneric('https://docs.example.org/install/')).toBe(false);
    expect(owner('https://github.com/Other/repo/issues/1')).toBe('github.com/other');
    expect(owner('https://docs.vllm.ai/en/latest/')).toBe('docs.vllm.ai');
  });
});
