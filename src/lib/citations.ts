import type { EngineData } from '../schemas/engine';

/** A repository root or a whole top-level README (no section anchor): a generic citation. */
export const isGenericCitation = (url: string) =>
  /^https:\/\/github\.com\/[^/]+\/[^/]+\/?$/.test(url) ||
  /^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[^/]+\/README(\.[a-z]+)?$/i.test(url) ||
  /#readme$/i.test(url);

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
  // vendor plugins; LMSYS's blog, where the SGLang team announces its releases
  sglang: ['github.com/HYGON-AI', 'github.com/baidu-baige', 'lmsys.org'],
  'tensorrt-llm': ['github.com/triton-inference-server'], // NVIDIA's Triton backend for it
  'triton-server': ['docs.nvidia.com', 'github.com/NVIDIA'],
  exllamav3: ['github.com/theroyallab'], // TabbyAPI, the server the project names as official
  vllm: [
    'blog.vllm.ai', // the project's own blog
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
export function owner(url: string): string {
  const { hostname, pathname } = new URL(url);
  const org = pathname.split('/')[1] ?? '';
  return ['github.com', 'raw.githubusercontent.com', 'huggingface.co'].includes(hostname)
    ? `${hostname === 'raw.githubusercontent.com' ? 'github.com' : hostname}/${org}`.toLowerCase()
    : hostname;
}

export function allowedOwners(
  id: string,
  data: Pick<EngineData, 'homepage' | 'repository'>,
): Set<string> {
  const own = [data.homepage, ...(data.repository ? [data.repository] : [])].map(owner);
  return new Set([...own, ...(EXTRA_HOSTS[id] ?? []).map((h) => h.toLowerCase())]);
}
