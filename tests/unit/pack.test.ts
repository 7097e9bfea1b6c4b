import { describe, expect, it } from 'vitest';
import { packRow, unpackRow } from '../../src/lib/matrix/pack';
import { toMatrixRow } from '../../src/lib/matrix/to-rows';
import { engineSchema } from '../../src/schemas/engine';
import { validEngine } from '../fixtures/engine';
import { row } from '../fixtures/matrix-rows';

describe('packed matrix rows', () => {
  it('round-trip exactly', () => {
    const full = toMatrixRow({ id: 'example', data: engineSchema.parse(validEngine()) });
    expect(unpackRow(packRow(full))).toEqual(full);
    const undated = row('x', {
      latestRelease: undefined,
      set: { 'os.linux': { support: 'plugin', note: 'a, "quoted" note', source: 'https://x.org' } },
    });
    expect(unpackRow(JSON.parse(JSON.stringify(packRow(undated))))).toEqual(undated);
  });

  it('are much smaller than plain rows', () => {
    const full = toMatrixRow({ id: 'example', data: engineSchema.parse(validEngine()) });
    expect(JSON.stringify(packRow(full)).length).toBeLessThan(JSON.stringify(full).length / 2);
  });
});
