import { CAPABILITY_GROUPS, type CapabilityKey } from '../../registry/attributes';

/** What the guide asks. Workloads map onto scenarios; needs are capabilities. */
export const WORKLOADS = ['serving', 'desktop', 'batch', 'edge'] as const;
export type Workload = (typeof WORKLOADS)[number];

export const HARDWARE_CHOICES = CAPABILITY_GROUPS.hardware;
export const OS_CHOICES = CAPABILITY_GROUPS.os;
/** The APIs a client may speak (the guide's "which API" question), as `endpoints` keys. */
export const API_CHOICES = [
  'openai-chat',
  'openai-responses',
  'anthropic-messages',
  'openai-embeddings',
  'rerank',
] as const satisfies readonly CapabilityKey<'endpoints'>[];
export const MODEL_CHOICES = CAPABILITY_GROUPS.models;
/** How it must install: a Python-free installer or binary, a container, or pip (`install` keys). */
export const INSTALL_CHOICES = [
  'binary',
  'homebrew',
  'docker',
  'pip',
] as const satisfies readonly CapabilityKey<'install'>[];

/** The needs offered, as `group.key` capability ids. */
export const NEEDS = [
  'interfaces.openai-api',
  'features.structured-output',
  'features.tool-calling',
  'features.multi-lora',
  'quantization.gguf',
  'features.multi-node',
  'features.prefix-caching',
  'features.speculative-decoding',
  'features.multimodal',
  'features.vision-input',
  'features.reasoning-parser',
  'interfaces.python-api',
  'interfaces.gui',
  'install.docker',
] as const;
export type Need = (typeof NEEDS)[number];

export interface GuideAnswers {
  hardware: string | null;
  os: string | null;
  workload: Workload | null;
  /** The APIs the client speaks, all required: `endpoints` keys. */
  api: (typeof API_CHOICES)[number][];
  /** How it must install: an `install` key. */
  install: (typeof INSTALL_CHOICES)[number] | null;
  /** The model family that must run: a `models` key. */
  model: string | null;
  needs: Need[];
}

export const NO_ANSWERS: GuideAnswers = {
  hardware: null,
  os: null,
  workload: null,
  api: [],
  install: null,
  model: null,
  needs: [],
};

/** Every capability the answers require, as `group.key` ids: the needs, the APIs, the install and the model. */
export const requiredCapabilities = (answers: GuideAnswers): string[] => [
  ...answers.api.map((api) => `endpoints.${api}`),
  ...(answers.install ? [`install.${answers.install}`] : []),
  ...(answers.model ? [`models.${answers.model}`] : []),
  ...answers.needs,
];

const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | null =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;

/** Reads answers from a query string; anything unknown is dropped. */
export function decodeAnswers(search: string): GuideAnswers {
  const params = new URLSearchParams(search);
  const needs = (params.get('needs') ?? '').split(',');
  const apis = (params.get('api') ?? '').split(',');
  return {
    hardware: oneOf(params.get('hardware'), HARDWARE_CHOICES),
    os: oneOf(params.get('os'), OS_CHOICES),
    workload: oneOf(params.get('workload'), WORKLOADS),
    api: API_CHOICES.filter((api) => apis.includes(api)),
    install: oneOf(params.get('install'), INSTALL_CHOICES),
    model: oneOf(params.get('model'), MODEL_CHOICES),
    needs: NEEDS.filter((need) => needs.includes(need)),
  };
}

/** Writes answers as a canonical query string (no leading `?`). */
export function encodeAnswers(answers: GuideAnswers): string {
  const parts: string[] = [];
  if (answers.hardware) parts.push(`hardware=${answers.hardware}`);
  if (answers.os) parts.push(`os=${answers.os}`);
  if (answers.workload) parts.push(`workload=${answers.workload}`);
  const apis = API_CHOICES.filter((api) => answers.api.includes(api));
  if (apis.length) parts.push(`api=${apis.join(',')}`);
  if (answers.install) parts.push(`install=${answers.install}`);
  if (answers.model) parts.push(`model=${answers.model}`);
  const needs = NEEDS.filter((need) => answers.needs.includes(need));
  if (needs.length) parts.push(`needs=${needs.join(',')}`);
  return parts.join('&');
}
