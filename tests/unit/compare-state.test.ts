import { describe, expect, it } from 'vitest';
import { decodeCompare, encodeCompare, NO_COMPARISON } from '../../src/lib/compare/compare-state';

const known = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

describe('N-way compare URL state', () => {
  it('keeps the given order and round-trips', () => {
    const state = decodeCompare('engines=c,a&diff=1', known);
    expect(state).toEqual({ engines: ['c', 'a'], diff: true });
    expect(encodeCompare(state)).toBe('engines=c,a&diff=1');
    expect(encodeCompare(NO_COMPARISON)).toBe('');
  });

  it('drops unknown and repeated ids and stops at six engines', () => {
    expect(decodeCompare('engines=a,<script>,a,b', known).engines).toEqual(['a', 'b']);
    expect(decodeCompare('engines=a,b,c,d,e,f,g', known).engines).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
    ]);
    expect(decodeCompare('diff=yes', known)).toEqual(NO_COMPARISON);
  });
});
