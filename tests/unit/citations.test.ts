import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CAPABILITIES } from '../../src/registry/attributes';
import { engineSchema, type EngineData } from '../../src/schemas/engine';
import { resolveSource } from '../../src/lib/sources';
import { supportOf } from '../../src/lib/support';
import { isGenericCitation } from '../../src/lib/citations';

// The rubric's citation rules (docs/rubric.md), checked over the real catalogue.
const engines = readdirSync('content/engines')
  .filter((file) => file.endsWith('.md'))
  .map((file) => {
    const text = readFileSync(`content/engines/${file}`, 'utf8');
    const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
    return { id: file.replace(/\.md$/, ''), data: engineSchema.parse(parse(frontmatter)) };
  });

const isGeneric = isGenericCitation;

/**
 * Hosts an engine may cite besides its homepage's and its repository's GitHub organisation:
 * its other official sites, and for plugin cells the vendors that maintain the plugins.
 */
const EXTRA_HOSTS: Record<string, string[]> = {
  'foundry-local': ['learn.microsoft.com'], // Microsoft's official docs for the product
  gpt4all: ['docs.gpt4all.io'], // the project's docs site
  'lm-studio': ['github.com/lmstudio-ai'], // its own GitHub organisation (the app is closed source)
  'mlx-lm': ['ml-explore.github.io'], // the MLX organisation's docs
  ollama: ['docs.ollama.com', 'github.com/MooreThreads'], // Moore Threads' fork (a vendor plugin)
  // the toolkit's docs, its model organisation, and Optimum Intel (the export tool its docs use)
  openvino: ['openvinotoolkit.github.io', 'huggingface.co/OpenVINO', 'huggingface.co/docs'],
  sglang: ['github.com/HYGON-AI', 'github.com/baidu-baige'], // vendor plugins
  'tensorrt-llm': ['github.com/triton-inference-server'], // NVIDIA's Triton backend for it
  'triton-server': ['docs.nvidia.com', 'github.com/NVIDIA'],
  exllamav3: ['github.com/theroyallab'], // TabbyAPI, the server the project names as official
  vllm: [
    // vendor hardware plugins and their docs
    'awsdocs-neuron.readthedocs-hosted.com',
    'github.com/Cambricon',
    'github.com/HYGON-AI',
    'github.com/MetaX-MACA',
    'github.com/MooreThreads',
    'github.com/baidu',
  ],
};

/** The URL's owner: the host, or `github.com/<org>` (and `huggingface.co/<org>`). */
function owner(url: string): string {
  const { hostname, pathname } = new URL(url);
  const org = pathname.split('/')[1] ?? '';
  return ['github.com', 'raw.githubusercontent.com', 'huggingface.co'].includes(hostname)
    ? `${hostname === 'raw.githubusercontent.com' ? 'github.com' : hostname}/${org}`.toLowerCase()
    : hostname;
}

function allowedOwners(id: string, data: EngineData): Set<string> {
  const own = [data.homepage, ...(data.repository ? [data.repository] : [])].map(owner);
  return new Set([...own, ...(EXTRA_HOSTS[id] ?? []).map((h) => h.toLowerCase())]);
}

function citedUrls(data: EngineData): { where: string; url: string }[] {
  const cells = CAPABILITIES.flatMap(({ group, key }) => {
    const value = supportOf({ id: '', data }, group, key);
    const url = resolveSource(data, value.source)?.url;
    return [
      ...(url ? [{ where: `${group}.${key}`, url }] : []),
      ...(value.tracking ? [{ where: `${group}.${key}.tracking`, url: value.tracking }] : []),
    ];
  });
  return [
    ...cells,
    ...data.sources.map((s) => ({ where: `sources.${s.id}`, url: s.url })),
    ...(data.releases ?? []).map((r) => ({ where: `releases.${r.version}`, url: r.url })),
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
    const allowed = allowedOwners(id, data);
    const foreign = citedUrls(data).filter(({ url }) => {
      const who = owner(url);
      return ![...allowed].some((a) => who === a || who.startsWith(`${a}/`));
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
