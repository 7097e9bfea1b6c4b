import { parse } from 'yaml';
import {
  CAPABILITY_GROUP_IDS,
  CAPABILITY_GROUPS,
  SCENARIOS,
  SUPPORT_LEVELS,
  type CapabilityGroup,
  type Scenario,
  type SupportLevel,
} from '../../registry/attributes';

/** The engine fields whose changes the history lists (prose-like lists are left out). */
const TRACKED_FIELDS = [
  'name',
  'summary',
  'homepage',
  'repository',
  'license',
  'languages',
  'maintainer',
  'kind',
  'status',
  'statusSince',
  'firstRelease',
  'verified',
] as const;
export type TrackedField = (typeof TRACKED_FIELDS)[number];

/** The parts of a capability value besides its level, compared one by one. */
const CELL_PARTS = ['note', 'source', 'since', 'flag', 'tracking'] as const;
type CellPart = (typeof CELL_PARTS)[number];

export type Change =
  | { type: 'added'; cells: number }
  | { type: 'removed' }
  | { type: 'field'; field: TrackedField; from?: string | undefined; to?: string | undefined }
  | {
      type: 'cell';
      group: CapabilityGroup;
      key: string;
      from: SupportLevel;
      to: SupportLevel;
      /** Which of note, source, since, flag, tracking changed (level aside). */
      parts: CellPart[];
      noteFrom?: string | undefined;
      noteTo?: string | undefined;
    }
  | { type: 'release'; version: string; date?: string | undefined; change: 'added' | 'removed' }
  | { type: 'scenario'; scenario: Scenario; from?: number | undefined; to?: number | undefined }
  | { type: 'backend'; engine: string; change: 'added' | 'removed' };

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The frontmatter of an engine file as plain data; old files need not match today's schema. */
export function parseFrontmatter(text: string | undefined): Raw | undefined {
  if (text === undefined) return undefined;
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  try {
    const data: unknown = match ? parse(match[1]!) : undefined;
    return isObject(data) ? data : {};
  } catch {
    // A commit with broken YAML never built; compare against nothing rather than fail.
    return {};
  }
}

const asText = (value: unknown): string | undefined => {
  if (value === undefined || value === null || value === '') return undefined;
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (isObject(value)) return typeof value.date === 'string' ? value.date : JSON.stringify(value);
  return String(value);
};

const sourceUrl = (engine: Raw, ref: unknown): string | undefined => {
  if (typeof ref !== 'string') return undefined;
  if (/^https?:\/\//.test(ref)) return ref;
  const sources = Array.isArray(engine.sources) ? engine.sources : [];
  const found = sources.find((s: unknown) => isObject(s) && s.id === ref) as Raw | undefined;
  return typeof found?.url === 'string' ? found.url : ref;
};

const levelOf = (value: unknown): SupportLevel => {
  const support = isObject(value) ? String(value.support) : undefined;
  return (SUPPORT_LEVELS as readonly string[]).includes(support ?? '')
    ? (support as SupportLevel)
    : 'unknown';
};

function cellChange(before: Raw, after: Raw, group: CapabilityGroup, key: string) {
  const cell = (engine: Raw) => {
    const groupValue = engine[group];
    return isObject(groupValue) && isObject(groupValue[key]) ? groupValue[key] : {};
  };
  const [old, now] = [cell(before), cell(after)];
  // A cell that inherits its level (`via` without `support`) has its value in another file; one
  // file's history cannot say what it was, so such a cell leaves no entry rather than a wrong one.
  const inherits = (value: Raw) => 'via' in value && !('support' in value);
  if (inherits(old) || inherits(now)) return [];
  const part = (engine: Raw, value: Raw, name: CellPart) =>
    name === 'source' ? sourceUrl(engine, value.source) : asText(value[name]);
  const parts = CELL_PARTS.filter((name) => part(before, old, name) !== part(after, now, name));
  const [from, to] = [levelOf(old), levelOf(now)];
  if (from === to && parts.length === 0) return [];
  return [
    {
      type: 'cell' as const,
      group,
      key,
      from,
      to,
      parts,
      ...(parts.includes('note') && { noteFrom: asText(old.note), noteTo: asText(now.note) }),
    },
  ];
}

// Releases moved from the frontmatter to content/releases/<id>.json (written by the sync), so a
// version without a `releases` key says nothing about them: only two versions that both list
// releases are compared, and the move itself leaves no "removed" entries.
const releasesOf = (engine: Raw) =>
  new Map(
    (Array.isArray(engine.releases) ? engine.releases : [])
      .filter(isObject)
      .map((r) => [String(r.version), asText(r.date)] as const),
  );

const backendsOf = (engine: Raw) =>
  new Map(
    (Array.isArray(engine.backends) ? engine.backends : [])
      .filter(isObject)
      .map((b) => [String(b.engine), undefined] as const),
  );

/** Keys only in `after` (added) then keys only in `before` (removed), with their values. */
function addedAndRemoved<V>(before: Map<string, V>, after: Map<string, V>) {
  const only = (a: Map<string, V>, b: Map<string, V>, change: 'added' | 'removed') =>
    [...a].filter(([key]) => !b.has(key)).map(([key, value]) => ({ key, value, change }));
  return [...only(after, before, 'added'), ...only(before, after, 'removed')];
}

const ratingOf = (engine: Raw, scenario: Scenario) => {
  const scenarios = isObject(engine.scenarios) ? engine.scenarios : {};
  const value = scenarios[scenario];
  return isObject(value) && typeof value.rating === 'number' ? value.rating : undefined;
};

/** How many capability cells have a level other than unknown. */
const knownCells = (engine: Raw) =>
  CAPABILITY_GROUP_IDS.flatMap((group) => {
    const cells = isObject(engine[group]) ? engine[group] : {};
    return (CAPABILITY_GROUPS[group] as readonly string[]).filter(
      (key) => levelOf(cells[key]) !== 'unknown',
    );
  }).length;

/**
 * What changed between two versions of one engine's frontmatter, in registry order:
 * fields, releases, backends, capability cells, scenario ratings. A new file is one
 * "added" change, a deleted file one "removed" change.
 */
export function diffEngine(before: Raw | undefined, after: Raw | undefined): Change[] {
  if (!after) return before ? [{ type: 'removed' }] : [];
  if (!before) return [{ type: 'added', cells: knownCells(after) }];
  const fields = TRACKED_FIELDS.flatMap((field) => {
    const [from, to] = [asText(before[field]), asText(after[field])];
    return from === to ? [] : [{ type: 'field' as const, field, from, to }];
  });
  const bothListReleases = 'releases' in before && 'releases' in after;
  const releases = (
    bothListReleases ? addedAndRemoved(releasesOf(before), releasesOf(after)) : []
  ).map(({ key, value, change }) => ({
    type: 'release' as const,
    version: key,
    date: value,
    change,
  }));
  const backends = addedAndRemoved(backendsOf(before), backendsOf(after)).map(
    ({ key, change }) => ({ type: 'backend' as const, engine: key, change }),
  );
  const cells = CAPABILITY_GROUP_IDS.flatMap((group) =>
    (CAPABILITY_GROUPS[group] as readonly string[]).flatMap((key) =>
      cellChange(before, after, group, key),
    ),
  );
  const scenarios = SCENARIOS.flatMap((scenario) => {
    const [from, to] = [ratingOf(before, scenario), ratingOf(after, scenario)];
    return from === to ? [] : [{ type: 'scenario' as const, scenario, from, to }];
  });
  return [...fields, ...releases, ...backends, ...cells, ...scenarios];
}
