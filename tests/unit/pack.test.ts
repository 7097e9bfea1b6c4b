import { describe, expect, it } from 'vitest';
import { packDetails, packRow, unpackRow, withDetails } from '../../src/lib/matrix/pack';
import { toMatrixRow } from '../../src/lib/matrix/to-rows';
import { parseEngine, validEngine } from '../fixtures/engine';
import { row } from '../fixtures/matrix-rows';

const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const unpackAll = (input: ReturnType<typeof row>) =>
  withDetails(unpackRow(roundTrip(packRow(input))), roundTrip(packDetails(input)));

describe('packed matrix rows', () => {
  it('round-trip exactly, details included once put back', () => {
    const full = toMatrixRow({ id: 'example', data: parseEngine(validEngine()) });
    expect(unpackAll(full)).toEqual(full);
    const detailed = row('x', {
      latestRelease: undefined,
      set: {
        'os.linux': { support: 'plugin', note: 'a, "quoted" note', source: 'https://x.org' },
        'operations.lora-hot-swap': {
          support: 'yes',
          source: 'https://x.org/lora',
          since: 'v0.6.0',
          flag: '--enable-lora',
        },
        'endpoints.rerank': { support: 'no', tracking: 'https://github.com/x/y/issues/1' },
      },
    });
    expect(unpackAll(detailed)).toEqual(detailed);
  });

  it('leave the details out of the row itself', () => {
    const detailed = row('x', {
      set: { 'os.linux': { support: 'yes', note: 'WSL', source: 'https://x.org' } },
    });
    expect(unpackRow(packRow(detailed)).cells['os.linux']).toEqual({
      support: 'yes',
      source: 'https://x.org',
    });
  });

  it('are much smaller than plain rows', () => {
    const full = toMatrixRow({ id: 'example', data: parseEngine(validEngine()) });
    expect(JSON.stringify(packRow(full)).length).toBeLessThan(JSON.stringify(full).length / 2);
  });
});
