import { CAPABILITIES, type CapabilityGroup } from '../registry/attributes';
import type { SupportValue, WrittenSupportValue } from '../schemas/support';
import { resolveSource } from './sources';
import type { Engine } from './types';

type Cells = Record<string, WrittenSupportValue | undefined>;

/**
 * Resolves `via` (MDN browser-compat-data's `mirror`): a cell that names an upstream engine and
 * sets no `support` of its own takes the upstream's level, note, since, flag, tracking and
 * source (as an absolute URL, since the ids are the upstream's), and keeps any field it writes
 * itself. A cell that sets `support` is the wrapper's own rating and only keeps `via` as a label.
 * Chains resolve through; a cycle or an unknown engine throws naming the file and cell.
 */
export function resolveInheritance(engines: readonly Engine[]): Engine[] {
  const byId = new Map(engines.map((engine) => [engine.id, engine]));
  const resolved = new Map<string, SupportValue | undefined>();

  const resolve = (
    id: string,
    group: CapabilityGroup,
    key: string,
    path: string[],
  ): SupportValue | undefined => {
    const address = `${id}:${group}.${key}`;
    if (resolved.has(address)) return resolved.get(address);
    const cell = (byId.get(id)!.data[group] as Cells)[key];
    let value: SupportValue | undefined;
    if (!cell) value = undefined;
    else if (!cell.via || cell.support) value = cell as SupportValue;
    else {
      const upstream = byId.get(cell.via);
      if (!upstream) {
        throw new Error(
          `content/engines/${id}.md: ${group}.${key}.via "${cell.via}" is not an engine of the catalogue`,
        );
      }
      if (path.includes(cell.via)) {
        throw new Error(
          `content/engines/${id}.md: ${group}.${key}.via makes a cycle: ${[...path, id, cell.via].join(' → ')}`,
        );
      }
      const inherited = resolve(cell.via, group, key, [...path, id]) ?? { support: 'unknown' };
      const source = resolveSource(upstream.data, inherited.source)?.url;
      // The cell names its direct upstream; the upstream's own `via` is overwritten by `...cell`.
      value = { ...inherited, ...(source && { source }), ...cell, support: inherited.support };
    }
    resolved.set(address, value);
    return value;
  };

  return engines.map((engine) => {
    const data = structuredClone(engine.data);
    for (const { group, key } of CAPABILITIES) {
      const cells = data[group] as Cells;
      if (cells[key]?.via) cells[key] = resolve(engine.id, group, key, []);
    }
    return { id: engine.id, data };
  });
}
