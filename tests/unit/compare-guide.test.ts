import { describe, expect, it } from 'vitest';
import { differingCapabilities, scenarioVerdicts } from '../../src/lib/compare/differences';
import { pairsToBuild, partnersOf } from '../../src/lib/compare/pairs';
import { headToHeads, topPicksByScenario } from '../../src/lib/compare/suggestions';
import { pairSlug } from '../../src/lib/urls';
import { decodeAnswers, encodeAnswers, NO_ANSWERS } from '../../src/lib/guide/answers';
import { matrixView, rankEngines, type GuideRow } from '../../src/lib/guide/rank';
import { decodeViewState } from '../../src/lib/matrix/view-state';
import type { Engine } from '../../src/lib/types';
import { parseEngine, validEngine } from '../fixtures/engine';
import { row } from '../fixtures/matrix-rows';
import { matrixPath } from '../../src/lib/urls';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- fixtures write arbitrary frontmatter
function engine(id: string, patch: (data: Record<string, any>) => void = () => {}): Engine {
  const data = validEngine();
  data.name = id;
  patch(data);
  return { id, data: parseEngine(data) };
}

describe('pair pages', () => {
  // Fixture engines are rated 3 for serving and 2 for prototyping; the desktop apps here are
  // rated low everywhere, so only kind, backends and head-to-heads relate them.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- fixtures write arbitrary frontmatter
  const lowRatings = (d: Record<string, any>) => {
    for (const scenario of Object.values(d.scenarios) as { rating: number }[]) scenario.rating = 1;
  };
  const engines = ['vllm', 'ollama', 'sglang', 'jan'].map((id) =>
    engine(id, (d) => {
      if (id === 'ollama' || id === 'jan') {
        d.kind = 'desktop-app';
        lowRatings(d);
      }
      if (id === 'jan') d.backends = [{ engine: 'vllm', source: 'readme' }];
    }),
  );

  it('names a pair by its ids in alphabetical order, whichever comes first', () => {
    expect(pairSlug('vllm', 'sglang')).toBe('sglang-vs-vllm');
    expect(pairSlug('sglang', 'vllm')).toBe('sglang-vs-vllm');
  });

  it('builds every pair while the catalogue is within ATLAS_PAIR_CAP', () => {
    const pairs = pairsToBuild(engines, { cap: 10, partners: 1 });
    expect(pairs).toHaveLength(6);
    expect(pairs.every(([a, b]) => a.id < b.id)).toBe(true);
  });

  it('above the cap, builds only pairs of the same kind, linked by backends, rated for one scenario, or a head-to-head', () => {
    const rule = { cap: 2, partners: 8 };
    const pairs = pairsToBuild(engines, rule).map(([a, b]) => pairSlug(a.id, b.id));
    expect(pairs.sort()).toEqual(['jan-vs-ollama', 'jan-vs-vllm', 'sglang-vs-vllm']);
    // Both rated 2 or more for one scenario relates a desktop app to a serving engine.
    const rated = engine('lmstudio', (d) => {
      d.kind = 'desktop-app';
      lowRatings(d);
      d.scenarios['prototyping-research'].rating = 2;
    });
    expect(
      partnersOf('lmstudio', pairsToBuild([...engines, rated], rule))
        .map((e) => e.id)
        .sort(),
    ).toEqual(['jan', 'ollama', 'sglang', 'vllm']);
    // The editorial head-to-heads always get a page, related or not.
    const llama = engine('llama-cpp', (d) => (d.kind = 'library'));
    expect(
      pairsToBuild([...engines, llama], { cap: 2, partners: 0 }).map(([a, b]) =>
        pairSlug(a.id, b.id),
      ),
    ).toEqual(['llama-cpp-vs-ollama', 'sglang-vs-vllm']);
    expect(
      partnersOf('jan', pairsToBuild(engines, rule))
        .map((e) => e.id)
        .sort(),
    ).toEqual(['ollama', 'vllm']);
  });

  it('above the cap, keeps each engine to its closest partners, so pages grow linearly', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      engine(`e${String(i).padStart(2, '0')}`, (d) => {
        d.os = { linux: { support: i % 2 ? 'yes' : 'no', source: 'docs' } };
      }),
    );
    const pairs = pairsToBuild(many, { cap: 10, partners: 3 });
    expect(pairs.length).toBeLessThanOrEqual(40 * 3);
    for (const e of many) expect(partnersOf(e.id, pairs).length).toBeGreaterThanOrEqual(3);
  });

  it('ranks partners by how many levels they share; plugin and partial are different levels', () => {
    const cell = (support: string) => ({ support, source: 'docs' });
    const base = {
      'nvidia-cuda': cell('plugin'),
      'amd-rocm': cell('plugin'),
      'apple-silicon': cell('yes'),
    };
    const a = engine('a', (d) => (d.hardware = base));
    // b differs from a in two cells (plugin → partial); c in one (yes → no); d in all three.
    const b = engine('b', (d) => {
      d.hardware = { ...base, 'nvidia-cuda': cell('partial'), 'amd-rocm': cell('partial') };
    });
    const c = engine('c', (d) => (d.hardware = { ...base, 'apple-silicon': { support: 'no' } }));
    const far = engine('d', (d) => {
      d.hardware = {
        'nvidia-cuda': { support: 'no' },
        'amd-rocm': { support: 'no' },
        'apple-silicon': { support: 'no' },
      };
    });
    // b2 is b's twin, so b and b2 pick each other and a's own pick decides whether a-vs-b exists.
    const b2 = engine('b2', (d) => {
      d.hardware = { ...base, 'nvidia-cuda': cell('partial'), 'amd-rocm': cell('partial') };
    });
    const pairs = pairsToBuild([a, b, b2, c, far], { cap: 1, partners: 1 });
    expect(pairs.map(([x, y]) => pairSlug(x.id, y.id)).sort()).toEqual([
      'a-vs-c',
      'b-vs-b2',
      'c-vs-d',
    ]);
  });
});

describe('differences', () => {
  const a = engine('a');
  const b = engine('b', (d) => (d.hardware['amd-rocm'] = { support: 'no' }));

  it('marks capabilities whose support level differs, and only those', () => {
    const differing = differingCapabilities([a, b]);
    expect([...differing]).toEqual(['hardware.amd-rocm']);
    expect(differingCapabilities([a, a]).size).toBe(0);
  });

  it('names the best engine per scenario, or all of them on a tie', () => {
    const c = engine(
      'c',
      (d) => (d.scenarios['edge-cpu'] = { rating: 3, reason: 'Runs on any CPU well.' }),
    );
    const verdicts = scenarioVerdicts([a, c]);
    expect(verdicts.find((v) => v.scenario === 'edge-cpu')!.best).toEqual(['c']);
    expect(verdicts.find((v) => v.scenario === 'high-concurrency-serving')!.best).toEqual([
      'a',
      'c',
    ]);
  });
});

const guideRow = (
  id: string,
  patch: Parameters<typeof row>[1],
  ratings: Record<string, number> = {},
): GuideRow => {
  const base = row(id, patch);
  return {
    ...base,
    ratings: { ...base.ratings, ...ratings },
    reasons: {
      'high-concurrency-serving': 'r',
      'local-desktop': 'r',
      'edge-cpu': 'r',
      'china-accelerators': 'r',
      'prototyping-research': 'r',
    },
  };
};

describe('the guide', () => {
  const yes = { support: 'yes' as const, source: 'https://x.org' };
  const server = guideRow(
    'server',
    { set: { 'hardware.nvidia-cuda': yes, 'os.linux': yes, 'interfaces.openai-api': yes } },
    { 'scenarios.high-concurrency-serving': 3, 'scenarios.local-desktop': 1 },
  );
  const desktop = guideRow(
    'desktop',
    {
      set: {
        'hardware.nvidia-cuda': yes,
        'hardware.apple-silicon': yes,
        'os.linux': yes,
        'os.macos': yes,
        'quantization.gguf': yes,
        'interfaces.openai-api': { support: 'partial', source: 'https://x.org' },
      },
    },
    { 'scenarios.high-concurrency-serving': 1, 'scenarios.local-desktop': 3 },
  );
  const dormant = guideRow(
    'dormant',
    { status: 'maintenance', set: { 'hardware.nvidia-cuda': yes, 'os.linux': yes } },
    { 'scenarios.high-concurrency-serving': 3 },
  );
  const rows = [desktop, dormant, server];

  it('puts the engine built for the workload first', () => {
    const serving = rankEngines(rows, {
      ...NO_ANSWERS,
      hardware: 'nvidia-cuda',
      os: 'linux',
      workload: 'serving',
      needs: [],
    });
    expect(serving.ranked.map((r) => r.row.id)).toEqual(['server', 'dormant', 'desktop']);
    const local = rankEngines(rows, {
      ...NO_ANSWERS,
      hardware: 'nvidia-cuda',
      os: 'linux',
      workload: 'desktop',
      needs: [],
    });
    expect(local.ranked[0]!.row.id).toBe('desktop');
  });

  it('excludes engines that do not run on the hardware or OS, saying which', () => {
    const mac = rankEngines(rows, {
      ...NO_ANSWERS,
      hardware: 'apple-silicon',
      os: 'macos',
      workload: null,
      needs: [],
    });
    expect(mac.ranked.map((r) => r.row.id)).toEqual(['desktop']);
    expect(mac.excluded.find((e) => e.row.id === 'server')!.because).toEqual(['hardware', 'os']);
  });

  it('reports which needs each engine meets, at what level, and which it misses', () => {
    const result = rankEngines(rows, {
      ...NO_ANSWERS,
      needs: ['interfaces.openai-api', 'quantization.gguf'],
    });
    const desktopResult = result.ranked.find((r) => r.row.id === 'desktop')!;
    expect(desktopResult.met).toEqual([
      { need: 'interfaces.openai-api', level: 'partial' },
      { need: 'quantization.gguf', level: 'yes' },
    ]);
    expect(result.ranked.find((r) => r.row.id === 'server')!.missed).toEqual(['quantization.gguf']);
  });

  it('ranks by every API the client speaks, the install and the model family, and says which are missing', () => {
    const speaks = guideRow('speaks', {
      set: {
        'endpoints.anthropic-messages': yes,
        'endpoints.openai-responses': yes,
        'install.binary': yes,
        'models.qwen': yes,
      },
    });
    const half = guideRow('half', {
      set: { 'endpoints.anthropic-messages': yes, 'install.binary': yes, 'models.qwen': yes },
    });
    const silent = guideRow('silent', { set: { 'models.qwen': yes } });
    const result = rankEngines([silent, half, speaks], {
      ...NO_ANSWERS,
      api: ['openai-responses', 'anthropic-messages'],
      install: 'binary',
      model: 'qwen',
    });
    expect(result.ranked.map((r) => r.row.id)).toEqual(['speaks', 'half', 'silent']);
    expect(result.ranked[1]!.missed).toEqual(['endpoints.openai-responses']);
    expect(result.ranked[2]!.missed).toEqual([
      'endpoints.openai-responses',
      'endpoints.anthropic-messages',
      'install.binary',
    ]);
    const href = matrixPath(
      'en',
      matrixView({ ...NO_ANSWERS, api: ['rerank', 'openai-chat'], install: 'pip', model: 'gemma' }),
    );
    expect(href).toBe('/?install=pip&endpoints=openai-chat,rerank&models=gemma&level=any');
  });

  it('shows ties as ties, ordered by breadth of support and not by name', () => {
    const narrow = guideRow('aaa-narrow', { set: { 'os.linux': yes } });
    const broad = guideRow('zzz-broad', { set: { 'os.linux': yes, 'os.macos': yes } });
    const better = guideRow('better', {
      set: { 'os.linux': yes, 'endpoints.openai-chat': yes },
    });
    const { ranked } = rankEngines([narrow, broad, better], {
      ...NO_ANSWERS,
      api: ['openai-chat'],
    });
    expect(ranked.map((r) => [r.row.id, r.place])).toEqual([
      ['better', 1],
      ['zzz-broad', 2],
      ['aaa-narrow', 2],
    ]);
  });

  it('round-trips its answers through the URL and drops unknown values', () => {
    const answers = {
      hardware: 'amd-rocm',
      os: 'windows',
      workload: 'edge' as const,
      api: ['anthropic-messages' as const, 'openai-chat' as const],
      install: 'docker' as const,
      model: 'qwen',
      needs: ['features.tool-calling' as const, 'interfaces.openai-api' as const],
    };
    const encoded = encodeAnswers(answers);
    expect(encoded).toBe(
      'hardware=amd-rocm&os=windows&workload=edge&api=openai-chat,anthropic-messages&install=docker&model=qwen&needs=interfaces.openai-api,features.tool-calling',
    );
    expect(decodeAnswers(encoded)).toEqual({
      ...answers,
      api: ['openai-chat', 'anthropic-messages'],
      needs: ['interfaces.openai-api', 'features.tool-calling'],
    });
    expect(
      decodeAnswers(
        'hardware=<script>&workload=nap&api=grpc&install=curl|sh&model=gpt-5&needs=x,features.multi-lora',
      ),
    ).toEqual({
      ...NO_ANSWERS,
      needs: ['features.multi-lora'],
    });
  });

  it('links to the matrix filtered the same way', () => {
    const href = matrixPath(
      'en',
      matrixView({
        ...NO_ANSWERS,
        hardware: 'apple-silicon',
        os: 'macos',
        workload: 'desktop',
        needs: ['quantization.gguf', 'interfaces.openai-api'],
      }),
    );
    expect(href).toMatch(/^\/\?sort=-scenarios\.local-desktop&hardware=apple-silicon&os=macos&/);
    const { state, ignored } = decodeViewState(href.split('?')[1]!, {
      engineIds: [],
      licenses: [],
    });
    expect(ignored).toEqual([]);
    expect(state.filters).toEqual({
      hardware: ['apple-silicon'],
      os: ['macos'],
      quantization: ['gguf'],
      interfaces: ['openai-api'],
    });
    expect(state.sort).toEqual([{ id: 'scenarios.local-desktop', desc: true }]);
    expect(state.level).toBe('any');
  });
});

describe('topPicksByScenario', () => {
  const engine = (id: string, name: string, yes: string[], status = 'active'): Engine => ({
    id,
    data: parseEngine({
      ...validEngine(),
      name,
      status,
      ...(status !== 'active' && {
        statusSince: { date: '2026-01-01', source: 'https://example.org/x' },
      }),
      features: Object.fromEntries(yes.map((key) => [key, { support: 'yes', source: 'docs' }])),
    }),
  });

  it('breaks ties by active status, then by breadth of full support, then by name', () => {
    const picks = topPicksByScenario([
      engine('a', 'Alpha', []),
      engine('b', 'Beta', ['prefix-caching', 'tool-calling']),
      engine('c', 'Gamma', ['prefix-caching']),
      engine('d', 'Delta', ['prefix-caching', 'tool-calling', 'multimodal'], 'maintenance'),
    ]);
    expect(picks.find((p) => p.scenario === 'high-concurrency-serving')!.ids).toEqual([
      'b',
      'c',
      'a',
    ]);
  });

  it('offers only head-to-heads whose engines are both in the catalogue', () => {
    expect(headToHeads([engine('vllm', 'vLLM', []), engine('sglang', 'SGLang', [])])).toEqual([
      ['vllm', 'sglang'],
    ]);
  });
});
