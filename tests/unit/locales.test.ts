import { describe, expect, it } from 'vitest';
import { localeFromPath, localizedPath, switchLocale } from '../../src/i18n/locales';

describe('locale paths', () => {
  it('reads the locale from the path', () => {
    expect(localeFromPath('/')).toBe('en');
    expect(localeFromPath('/engines/vllm/')).toBe('en');
    expect(localeFromPath('/zh/')).toBe('zh');
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
