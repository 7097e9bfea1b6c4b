import { describe, expect, it } from 'vitest';
import { CAPABILITIES } from '../../src/registry/attributes';
import { levelMismatches, unexplainedViaDifferences } from '../../src/lib/consistency';
import { parentOf } from '../../src/lib/capabilities';
import { supportOf } from '../../src/lib/support';
import { readCatalogue } from '../fixtures/catalogue';

// One rubric, enforced (docs/rubric.md, "Same mechanism, same level"): cells that share
// evidence get the same level unless a reason is written down here.
const { written, engines } = readCatalogue();

/**
 * Pairs that share a flag or a note but differ in level, for a stated reason. `match` is a
 * substring of "<evidence> :: <engine>:<cell> ~ <engine>:<cell>". Keep it short: a new entry
 * needs a reason a reviewer would accept, and an entry that no longer matches fails the test.
 */
const ALLOWED: { match: string; reason: string }[] = [
  {
    match: 'flag operations.api-key-auth --api-key ::',
    reason:
      'A common flag name, not a shared mechanism: each server implements it itself, and vLLM’s security page (so also Aphrodite, its fork) says it guards only the /v1 routes',
  },
  {
    match: 'flag operations.api-key-auth --api-keys ::',
    reason: 'DeepSpeed-MII’s flag guards only its OpenAI entrypoint (gRPC and REST have no auth)',
  },
  {
    match: 'modular-max:features.multi-lora',
    reason: 'MAX reuses the flag name for its own LoRA code, documented for Llama 3 bases only',
  },
  {
    match: 'modular-max:operations.lora-hot-swap',
    reason: 'MAX reuses the flag name for its own LoRA code, documented for Llama 3 bases only',
  },
  {
    match: 'flag features.speculative-decoding --speculative-algorithm :: lmdeploy:',
    reason:
      'LMDeploy’s own implementation (PyTorch engine, marked experimental); only the flag name is SGLang’s',
  },
  {
    match: '~ triton-server:features.tool-calling',
    reason: 'Triton’s OpenAI frontend ships only the llama3 and mistral parsers',
  },
  {
    match: 'ktransformers:',
    reason:
      'KTransformers serves through its own SGLang fork, installed separately: `plugin` by the rubric’s fork rule where SGLang is `yes`',
  },
];

describe('rating consistency', () => {
  const mismatches = levelMismatches(engines).map(
    (m) => `${m.evidence} :: ${m.pair} (${m.levels.join(' vs ')})`,
  );

  it('gives cells that share a flag or a note the same level, or says why not', () => {
    const unexplained = mismatches.filter(
      (line) => !ALLOWED.some(({ match }) => line.includes(match)),
    );
    expect(unexplained).toEqual([]);
  });

  it('keeps the allow-list short and every entry in use', () => {
    expect(ALLOWED.length).toBeLessThanOrEqual(12);
    const unused = ALLOWED.filter(({ match }) => !mismatches.some((line) => line.includes(match)));
    expect(unused.map(({ match }) => match)).toEqual([]);
  });

  it('lets no wrapper differ from the upstream it names in via without a note saying why', () => {
    expect(unexplainedViaDifferences(written, engines)).toEqual([]);
  });

  it('has every engine that lists catalogue backends inherit through via', () => {
    const withoutVia = written
      .filter((engine) => (engine.data.backends ?? []).length > 0)
      .filter(
        (engine) =>
          !CAPABILITIES.some(
            ({ group, key }) =>
              (engine.data[group] as Record<string, { via?: string } | undefined>)[key]?.via,
          ),
      )
      .map((engine) => engine.id);
    expect(withoutVia).toEqual([]);
  });

  it('never rates a capability no where one of its sub-features is yes, unless its note says why', () => {
    const contradictions = engines.flatMap((engine) =>
      CAPABILITIES.flatMap(({ group, key }) => {
        const parent = parentOf(group, key);
        if (!parent || supportOf(engine, group, key).support !== 'yes') return [];
        const parentValue = supportOf(engine, group, parent);
        return parentValue.support === 'no' && !parentValue.note
          ? [`${engine.id}: ${group}.${parent} is no, ${group}.${key} is yes`]
          : [];
      }),
    );
    expect(contradictions).toEqual([]);
  });

  it('finds a mismatch and an unexplained wrapper (deliberately bad input)', () => {
    const clone = structuredClone(engines);
    const llama = clone.find((engine) => engine.id === 'llama-cpp')!;
    const file = clone.find((engine) => engine.id === 'llamafile')!;
    llama.data.features['speculative-decoding'] = { support: 'partial', flag: '--x', source: 'a' };
    file.data.features['speculative-decoding'] = { support: 'yes', flag: '--x', source: 'b' };
    expect(levelMismatches(clone).map((m) => m.pair)).toContain(
      'llama-cpp:features.speculative-decoding ~ llamafile:features.speculative-decoding',
    );
    const wrapper = structuredClone(written);
    wrapper.find((engine) => engine.id === 'llamafile')!.data.features['paged-kv-cache'] = {
      support: 'yes',
      via: 'llama-cpp',
    };
    expect(unexplainedViaDifferences(wrapper, engines)).toEqual([
      'llamafile:features.paged-kv-cache is yes, above llama-cpp (no), with no note saying why',
    ]);
  });
});
