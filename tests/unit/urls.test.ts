import { describe, expect, it } from 'vitest';
import {
  capabilityPath,
  comparePath,
  enginePath,
  localeFromPath,
  localizedPath,
  matrixPath,
  pairPath,
  switchLocale,
} from '../../src/lib/urls';
import { decodeViewState } from '../../src/lib/matrix/view-state';
import { decodeCompare } from '../../src/lib/compare/compare-state';

describe('locale paths', () => {
  it('reads the locale from the path', () => {
    expect(localeFromPath('/')).toBe('en');
    expect(localeFromPath('/engines/vllm/')).toBe('en');
    expect(localeFromPath('/zh/')).toBe('zh');
    expect(localeFromPath('/zh')).toBe('zh');
    expect(localeFromPath('/zh/engines/vllm/')).toBe('zh');
    expect(localeFromPath('/zhx/')).toBe('en');
  });

  it('prefixes Chinese paths only', () => {
    expect(localizedPath('en', '/engines/')).toBe('/engines/');
    expect(localizedPath('zh', '/engines/')).toBe('/zh/engines/');
    expect(localizedPath('zh', '/')).toBe('/zh/');
  });

  it('switches between the two editions of the same page', () => {
    expect(switchLocale('/engines/vllm/', 'zh')).toBe('/zh/engines/vllm/');
    expect(switchLocale('/zh/engines/vllm/', 'en')).toBe('/engines/vllm/');
    expect(switchLocale('/zh/', 'en')).toBe('/');
    expect(switchLocale('/', 'zh')).toBe('/zh/');
  });
});

describe('page URLs', () => {
  it('builds engine, pair and capability pages in both editions', () => {
    expect(enginePath('vllm')).toBe('/engines/vllm/');
    expect(enginePath('vllm', 'zh')).toBe('/zh/engines/vllm/');
    expect(pairPath('vllm', 'sglang', 'en')).toBe('/compare/sglang-vs-vllm/');
    expect(pairPath('sglang', 'vllm', 'zh')).toBe('/zh/compare/sglang-vs-vllm/');
    expect(capabilityPath('hardware', 'huawei-ascend', 'zh')).toBe(
      '/zh/capabilities/hardware/huawei-ascend/',
    );
  });

  it('writes the N-way compare link through its codec', () => {
    expect(comparePath('en')).toBe('/compare/');
    const href = comparePath('zh', { engines: ['vllm', 'sglang'] });
    expect(href).toBe('/zh/compare/?engines=vllm,sglang');
    expect(decodeCompare(href.split('?')[1]!, ['sglang', 'vllm']).engines).toEqual([
      'vllm',
      'sglang',
    ]);
  });

  it('writes matrix views in canonical form, and they decode back', () => {
    expect(matrixPath('en')).toBe('/');
    const href = matrixPath('zh', { filters: { hardware: ['huawei-ascend'] }, level: 'any' });
    expect(href).toBe('/zh/?hardware=huawei-ascend&level=any');
    const { state, ignored } = decodeViewState(href.split('?')[1]!, {
      engineIds: [],
      licenses: [],
    });
    expect(ignored).toEqual([]);
    expect(state.filters).toEqual({ hardware: ['huawei-ascend'] });
  });
});
