/**
 * The attribute registry: every id the data model knows, defined once.
 * The Zod schema, fact sheets, dataset export, JSON Schema and (later) the matrix columns and
 * URL codec are derived from these lists. Labels live in the locale dictionaries under
 * `attr.<group>.<key>` and `group.<group>`; a unit test keeps them complete.
 */

/** Support levels, in sort order: best first. */
export const SUPPORT_LEVELS = ['yes', 'plugin', 'partial', 'no', 'unknown'] as const;
export type SupportLevel = (typeof SUPPORT_LEVELS)[number];

/**
 * The optional details of a support value besides its source, in display order: `sinceSource`
 * is the release note that dates `since`; `via` the catalogue engine the capability comes from.
 */
export const CELL_DETAILS = ['note', 'since', 'sinceSource', 'flag', 'tracking', 'via'] as const;
export type CellDetail = (typeof CELL_DETAILS)[number];

/** Levels that claim some support and therefore must cite a source. */
export const SOURCED_LEVELS: readonly SupportLevel[] = ['yes', 'partial', 'plugin'];

export const KINDS = [
  'serving-engine',
  'local-runtime',
  'desktop-app',
  'compiler-runtime',
  'library',
  'platform',
] as const;
export type Kind = (typeof KINDS)[number];

/** Where an engine's releases are read from (`releaseSource.method`), endoflife.date-style. */
export const RELEASE_METHODS = [
  'github-releases',
  'git-tags',
  'pypi',
  'npm',
  'docker-hub',
  'manual',
] as const;

export const STATUSES = ['active', 'maintenance', 'archived'] as const;
export type Status = (typeof STATUSES)[number];

/** Capability groups and their keys, in display order. */
export const CAPABILITY_GROUPS = {
  hardware: [
    'nvidia-cuda',
    'amd-rocm',
    'intel-gpu',
    'intel-gaudi',
    'apple-silicon',
    'vulkan',
    'cpu-x86',
    'cpu-arm',
    'google-tpu',
    'aws-neuron',
    'huawei-ascend',
    'cambricon-mlu',
    'hygon-dcu',
    'kunlunxin-xpu',
    'metax-gpu',
    'moore-threads-gpu',
    'webgpu',
    'mobile',
    'npu-qualcomm',
    'npu-intel',
    'npu-amd',
  ],
  os: ['linux', 'macos', 'windows'],
  features: [
    'continuous-batching',
    'paged-kv-cache',
    'prefix-caching',
    'speculative-decoding',
    'speculative-eagle',
    'speculative-mtp',
    'speculative-ngram',
    'structured-output',
    'tool-calling',
    'multi-lora',
    'tensor-parallel',
    'pipeline-parallel',
    'expert-parallel',
    'multi-node',
    'disaggregated-serving',
    'multimodal',
    'vision-input',
    'audio-input',
    'video-input',
    'kv-cache-quantization',
    'reasoning-parser',
    'cpu-moe-offload',
    'deterministic-inference',
  ],
  quantization: ['gptq', 'awq', 'fp8', 'int8', 'fp4', 'nvfp4', 'mxfp4', 'gguf', 'bitsandbytes'],
  interfaces: ['openai-api', 'native-http-api', 'grpc', 'python-api', 'cli', 'gui'],
  install: ['pip', 'docker', 'binary', 'homebrew', 'source-only'],
  endpoints: [
    'openai-chat',
    'openai-completions',
    'openai-responses',
    'openai-embeddings',
    'anthropic-messages',
    'rerank',
    'audio-transcription',
    'audio-speech',
    'image-generation',
    'logprobs',
  ],
  models: ['llama', 'qwen', 'deepseek', 'mistral', 'gemma', 'gpt-oss', 'glm', 'kimi', 'phi'],
  operations: [
    'prometheus-metrics',
    'opentelemetry-tracing',
    'kubernetes',
    'lora-hot-swap',
    'kv-cache-offload',
    'api-key-auth',
    'replica-router',
    'model-swap',
    'sleep-mode',
    'priority-scheduling',
    'rl-weight-sync',
  ],
} as const;

/**
 * Sub-features (MDN browser-compat-data's nesting): a key that refines another key of the same
 * group. URLs, columns and dataset keys stay flat (`features=speculative-eagle`); the parent's
 * page lists its sub-features and the column chooser nests them.
 */
export const SUB_FEATURES: {
  [G in CapabilityGroup]?: Partial<Record<CapabilityKey<G>, CapabilityKey<G>>>;
} = {
  quantization: { nvfp4: 'fp4', mxfp4: 'fp4' },
  features: {
    'speculative-eagle': 'speculative-decoding',
    'speculative-mtp': 'speculative-decoding',
    'speculative-ngram': 'speculative-decoding',
    'vision-input': 'multimodal',
    'audio-input': 'multimodal',
    'video-input': 'multimodal',
  },
};

/** Hardware keys of accelerators made in China (the `china-accelerators` scenario). */
export const CHINESE_ACCELERATORS: readonly CapabilityKey<'hardware'>[] = [
  'huawei-ascend',
  'cambricon-mlu',
  'hygon-dcu',
  'kunlunxin-xpu',
  'metax-gpu',
  'moore-threads-gpu',
];

export type CapabilityGroup = keyof typeof CAPABILITY_GROUPS;
export type CapabilityKey<G extends CapabilityGroup = CapabilityGroup> =
  (typeof CAPABILITY_GROUPS)[G][number];

export const CAPABILITY_GROUP_IDS = Object.keys(CAPABILITY_GROUPS) as CapabilityGroup[];

/** Every (group, key) pair, in display order. */
export const CAPABILITIES: readonly { group: CapabilityGroup; key: CapabilityKey }[] =
  CAPABILITY_GROUP_IDS.flatMap((group) =>
    CAPABILITY_GROUPS[group].map((key) => ({ group, key: key as CapabilityKey })),
  );

export const SCENARIOS = [
  'high-concurrency-serving',
  'local-desktop',
  'edge-cpu',
  'china-accelerators',
  'prototyping-research',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** Scenario ratings: 0 unsuited … 3 a top pick. */
export const RATINGS = [0, 1, 2, 3] as const;
export type Rating = (typeof RATINGS)[number];
