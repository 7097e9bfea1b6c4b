import {
  CAPABILITY_GROUP_IDS,
  CAPABILITY_GROUPS,
  KINDS,
  STATUSES,
  type CapabilityGroup,
} from '../../registry/attributes';
import { COLUMN_IDS, OPTIONAL_COLUMN_IDS } from './columns';
import { PRESETS, type Preset } from './presets';

export interface SortEntry {
  id: string;
  desc: boolean;
}

/** Everything a shared link reproduces. See docs/url-contract.md. */
export interface ViewState {
  q: string;
  view: Preset | null;
  /** Explicit visible columns; overrides `view` when set. */
  cols: string[] | null;
  sort: SortEntry[];
  /** Per capability group: keys every shown engine must support. */
  filters: Partial<Record<CapabilityGroup, string[]>>;
  /** `yes`: only full support counts; `any`: partial and plugin count too. */
  level: 'yes' | 'any';
  license: string[];
  status: string[];
  kind: string[];
  engines: string[];
  selected: string[];
  /** Only columns where the shown engines differ. */
  diff: boolean;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  q: '',
  view: null,
  cols: null,
  sort: [],
  filters: {},
  level: 'yes',
  license: [],
  status: [],
  kind: [],
  engines: [],
  selected: [],
  diff: false,
};

/** What the decoder checks values against. */
export interface ViewContext {
  engineIds: readonly string[];
  licenses: readonly string[];
}

const MAX_QUERY = 200;

/** Any-of filters on a row field of the same name: a row passes when its value is listed. */
export const LIST_FILTERS = ['license', 'status', 'kind'] as const;
/** The view-state keys that decide which rows are shown: reset together, counted together. */
export const FILTER_KEYS = ['q', 'filters', 'level', ...LIST_FILTERS, 'engines'] as const;
const LIST_KEYS = [...LIST_FILTERS, 'engines', 'selected'] as const;
type ListKey = (typeof LIST_KEYS)[number];

/** Canonical parameter order. */
const PARAM_ORDER = [
  'q',
  'view',
  'cols',
  'sort',
  ...CAPABILITY_GROUP_IDS,
  'level',
  ...LIST_KEYS,
  'diff',
] as const;

function allowedFor(key: ListKey, context: ViewContext): readonly string[] {
  switch (key) {
    case 'license':
      return context.licenses;
    case 'status':
      return STATUSES;
    case 'kind':
      return KINDS;
    default:
      return context.engineIds;
  }
}

/** Keeps the allowed items of a comma list, in the allowed list's order, without duplicates. */
function pick(raw: string, allowed: readonly string[], ignored: string[], key: string): string[] {
  const items = raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  for (const item of items) if (!allowed.includes(item)) ignored.push(`${key}=${item}`);
  return allowed.filter((value) => items.includes(value));
}

/**
 * Reads a view from a query string. Unknown parameters and values are dropped and reported in
 * `ignored` (as plain text, for a quiet notice); nothing from the URL is trusted beyond the
 * registries, except `q`, which is only ever used as text.
 */
export function decodeViewState(
  search: string,
  context: ViewContext,
): { state: ViewState; ignored: string[] } {
  const params = new URLSearchParams(search);
  const state: ViewState = structuredClone(DEFAULT_VIEW_STATE);
  const ignored: string[] = [];
  const known = new Set<string>(PARAM_ORDER);

  for (const key of new Set(params.keys())) {
    if (!known.has(key)) ignored.push(key);
  }

  const q = params.get('q');
  if (q) state.q = q.slice(0, MAX_QUERY);

  const view = params.get('view');
  if (view) {
    if ((PRESETS as readonly string[]).includes(view)) state.view = view as Preset;
    else ignored.push(`view=${view}`);
  }

  const cols = params.get('cols');
  if (cols !== null) state.cols = pick(cols, OPTIONAL_COLUMN_IDS, ignored, 'cols');

  const sort = params.get('sort');
  if (sort) {
    for (const item of sort.split(',').filter(Boolean)) {
      const desc = item.startsWith('-');
      const id = desc ? item.slice(1) : item;
      if (COLUMN_IDS.includes(id) && !state.sort.some((s) => s.id === id))
        state.sort.push({ id, desc });
      else ignored.push(`sort=${item}`);
    }
  }

  for (const group of CAPABILITY_GROUP_IDS) {
    const raw = params.get(group);
    if (raw === null) continue;
    const keys = pick(raw, CAPABILITY_GROUPS[group], ignored, group);
    if (keys.length) state.filters[group] = keys;
  }

  const level = params.get('level');
  if (level === 'any') state.level = 'any';
  else if (level !== null && level !== 'yes') ignored.push(`level=${level}`);

  for (const key of LIST_KEYS) {
    const raw = params.get(key);
    if (raw !== null) state[key] = pick(raw, allowedFor(key, context), ignored, key);
  }

  const diff = params.get('diff');
  if (diff === '1') state.diff = true;
  else if (diff !== null && diff !== '0') ignored.push(`diff=${diff}`);

  return { state, ignored };
}

const encodeList = (items: readonly string[]) => items.map(encodeURIComponent).join(',');

/** Writes a view as a canonical query string (no leading `?`; empty for the default view). */
export function encodeViewState(state: ViewState): string {
  const parts: [string, string][] = [];
  if (state.q.trim()) parts.push(['q', encodeURIComponent(state.q.trim())]);
  if (state.view) parts.push(['view', state.view]);
  if (state.cols)
    parts.push(['cols', encodeList(COLUMN_IDS.filter((id) => state.cols!.includes(id)))]);
  if (state.sort.length)
    parts.push(['sort', encodeList(state.sort.map((s) => (s.desc ? `-${s.id}` : s.id)))]);
  for (const group of CAPABILITY_GROUP_IDS) {
    const keys = CAPABILITY_GROUPS[group].filter((key) => state.filters[group]?.includes(key));
    if (keys.length) parts.push([group, encodeList(keys)]);
  }
  if (state.level === 'any') parts.push(['level', 'any']);
  for (const key of LIST_KEYS) {
    if (state[key].length) parts.push([key, encodeList(state[key])]);
  }
  if (state.diff) parts.push(['diff', '1']);
  return parts.map(([key, value]) => `${key}=${value}`).join('&');
}
