import { describe, expect, it } from 'vitest';
import { resolveInheritance } from '../../src/lib/inheritance';
import { supportOf } from '../../src/lib/support';
import type { Engine } from '../../src/lib/types';
import { engineSchema } from '../../src/schemas/engine';
import { validEngine } from '../fixtures/engine';

/** An engine whose `features.prefix-caching` cell is `cell`, and whose backends are `backends`. */
function engine(
  id: string,
  cell: Record<string, unknown> | undefined,
  backends: string[] = [],
): Engine {
  const raw = validEngine();
  raw.sources = [{ id: 'docs', url: `https://${id}.example.org/docs`, title: `${id} docs` }];
  raw.features = cell ? { 'prefix-caching': cell } : {};
  raw.hardware = {};
  if (backends.length) raw.backends = backends.map((b) => ({ engine: b, source: 'docs' }));
  return { id, data: engineSchema.parse(raw) as unknown as Engine['data'] };
}

const cellOf = (engines: Engine[], id: string) =>
  supportOf(
    engines.find((e) => e.id === id)!,
    'features',
    'prefix-caching',
  );

describe('inheritance through via', () => {
  const upstream = engine('up', {
    support: 'partial',
    note: 'Experimental',
    source: 'docs',
    since: 'v1.2.0',
    flag: '--cache',
  });

  it('gives a cell without its own level the upstream’s level, note, since, flag and source URL', () => {
    const resolved = resolveInheritance([upstream, engine('wrap', { via: 'up' }, ['up'])]);
    expect(cellOf(resolved, 'wrap')).toEqual({
      support: 'partial',
      note: 'Experimental',
      source: 'https://up.example.org/docs',
      since: 'v1.2.0',
      flag: '--cache',
      via: 'up',
    });
  });

  it('keeps what the wrapper writes itself over the inherited fields', () => {
    const wrap = engine('wrap', { via: 'up', flag: '--wrap-cache' }, ['up']);
    expect(cellOf(resolveInheritance([upstream, wrap]), 'wrap')).toMatchObject({
      support: 'partial',
      flag: '--wrap-cache',
    });
  });

  it('treats a cell with its own level as the wrapper’s rating, labelled with via', () => {
    const wrap = engine('wrap', { via: 'up', support: 'no', note: 'Not exposed' }, ['up']);
    expect(cellOf(resolveInheritance([upstream, wrap]), 'wrap')).toEqual({
      support: 'no',
      note: 'Not exposed',
      via: 'up',
    });
  });

  it('follows a chain and reads an upstream without the cell as unknown', () => {
    const middle = engine('mid', { via: 'up' }, ['up']);
    const top = engine('top', { via: 'mid' }, ['mid']);
    expect(cellOf(resolveInheritance([upstream, middle, top]), 'top')).toMatchObject({
      support: 'partial',
      via: 'mid',
    });
    const bare = engine('bare', undefined);
    expect(cellOf(resolveInheritance([bare, engine('w', { via: 'bare' })]), 'w')).toEqual({
      support: 'unknown',
      via: 'bare',
    });
  });

  it('fails on a cycle or an engine that does not exist, naming the file and cell', () => {
    expect(() =>
      resolveInheritance([engine('a', { via: 'b' }), engine('b', { via: 'a' })]),
    ).toThrow('content/engines/b.md: features.prefix-caching.via makes a cycle: a → b → a');
    expect(() => resolveInheritance([engine('a', { via: 'ghost' })])).toThrow(
      'content/engines/a.md: features.prefix-caching.via "ghost" is not an engine of the catalogue',
    );
  });

  it('rejects a cell with neither a level nor via', () => {
    const raw = validEngine();
    raw.features = { 'prefix-caching': { note: 'Something' } };
    expect(engineSchema.safeParse(raw).error?.issues[0]?.message).toBe(
      'a support value needs `support` (yes, plugin, partial, no, unknown), or `via: <engine-id>` to inherit it',
    );
  });
});
