import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CAPABILITY_GROUP_IDS,
  CAPABILITY_GROUPS,
  KINDS,
  STATUSES,
} from '../../src/registry/attributes';
import { COLUMN_IDS } from '../../src/lib/matrix/columns';
import { PRESETS } from '../../src/lib/matrix/presets';
import {
  decodeViewState,
  DEFAULT_VIEW_STATE,
  encodeViewState,
  type ViewState,
} from '../../src/lib/matrix/view-state';

const context = {
  engineIds: ['llama-cpp', 'ollama', 'sglang', 'vllm'],
  licenses: ['Apache-2.0', 'MIT'],
};
const subset = <T>(values: readonly T[]) => fc.subarray([...values]);

/** A random view in canonical form (lists in registry order), which must survive a round trip. */
const viewState: fc.Arbitrary<ViewState> = fc.record({
  q: fc.string({ maxLength: 40 }).map((s) => s.trim()),
  view: fc.constantFrom(null, ...PRESETS),
  cols: fc.option(subset(COLUMN_IDS.filter((id) => id !== 'name')), { nil: null }),
  sort: fc
    .uniqueArray(fc.constantFrom(...COLUMN_IDS), { maxLength: 3 })
    .chain((ids) =>
      fc.tuple(...ids.map((id) => fc.record({ id: fc.constant(id), desc: fc.boolean() }))),
    ),
  filters: fc
    .tuple(...CAPABILITY_GROUP_IDS.map((g) => subset(CAPABILITY_GROUPS[g] as readonly string[])))
    .map((lists) =>
      Object.fromEntries(
        CAPABILITY_GROUP_IDS.map((g, i) => [g, lists[i]!]).filter(([, keys]) => keys!.length),
      ),
    ),
  level: fc.constantFrom('yes' as const, 'any' as const),
  license: subset(context.licenses),
  status: subset(STATUSES),
  kind: subset(KINDS),
  engines: subset(context.engineIds),
  selected: subset(context.engineIds),
  diff: fc.boolean(),
});

describe('view state URL codec', () => {
  it('round-trips any view through the URL unchanged', () => {
    fc.assert(
      fc.property(viewState, (state) => {
        const { state: decoded, ignored } = decodeViewState(encodeViewState(state), context);
        expect(ignored).toEqual([]);
        expect(decoded).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('writes parameters in one canonical order, whatever order they arrive in', () => {
    fc.assert(
      fc.property(viewState, (state) => {
        const encoded = encodeViewState(state);
        const shuffled = encoded.split('&').reverse().join('&');
        expect(encodeViewState(decodeViewState(shuffled, context).state)).toBe(encoded);
      }),
    );
  });

  it('encodes the default view as an empty query', () => {
    expect(encodeViewState(DEFAULT_VIEW_STATE)).toBe('');
  });

  it('reads the examples of the URL contract', () => {
    const { state, ignored } = decodeViewState(
      '?sort=-latestRelease,name&hardware=apple-silicon&features=prefix-caching,speculative-decoding&os=windows&level=any&license=MIT&status=active&kind=local-runtime&engines=ollama,llama-cpp&view=hardware&q=gguf',
      context,
    );
    expect(ignored).toEqual([]);
    expect(state.sort).toEqual([
      { id: 'latestRelease', desc: true },
      { id: 'name', desc: false },
    ]);
    expect(state.filters).toEqual({
      hardware: ['apple-silicon'],
      os: ['windows'],
      features: ['prefix-caching', 'speculative-decoding'],
    });
    expect(state).toMatchObject({
      level: 'any',
      license: ['MIT'],
      status: ['active'],
      kind: ['local-runtime'],
    });
    expect(state.engines).toEqual(['llama-cpp', 'ollama']);
    expect(state.view).toBe('hardware');
    expect(state.q).toBe('gguf');
  });

  it('ignores unknown keys and values, and says which', () => {
    const { state, ignored } = decodeViewState(
      'foo=1&hardware=apple-silicon,quantum&sort=-bogus,name&view=everything&level=maybe&engines=nope,vllm&diff=yes',
      context,
    );
    expect(state.filters).toEqual({ hardware: ['apple-silicon'] });
    expect(state.sort).toEqual([{ id: 'name', desc: false }]);
    expect(state.view).toBeNull();
    expect(state.level).toBe('yes');
    expect(state.engines).toEqual(['vllm']);
    expect(state.diff).toBe(false);
    expect(ignored.sort()).toEqual(
      [
        'foo',
        'hardware=quantum',
        'sort=-bogus',
        'view=everything',
        'level=maybe',
        'engines=nope',
        'diff=yes',
      ].sort(),
    );
  });

  it('turns hostile input into a safe state and never throws', () => {
    const hostile = [
      'q=<script>alert(1)</script>',
      'view=<img src=x onerror=alert(1)>',
      'sort=%3Csvg%20onload%3Dalert(1)%3E',
      'hardware=%E0%A4%A',
      'cols=' + 'x,'.repeat(10_000),
      'q=' + 'a'.repeat(10_000),
      '__proto__=1&constructor=2&hardware=__proto__',
    ];
    for (const search of hostile) {
      const { state } = decodeViewState(search, context);
      expect(state.view).toBeNull();
      expect(state.q.length).toBeLessThanOrEqual(200);
      expect(
        Object.keys(state.filters).every((g) =>
          (CAPABILITY_GROUP_IDS as readonly string[]).includes(g),
        ),
      ).toBe(true);
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (search) => {
        expect(() => decodeViewState(search, context)).not.toThrow();
      }),
    );
  });
});
