import { describe, expect, it } from 'vitest';
import { pageMeta } from '../../src/lib/seo/page-meta';
import {
  datasetLd,
  definedTermLd,
  jsonLdText,
  softwareApplicationLd,
} from '../../src/lib/seo/json-ld';
import { routeData } from '../../src/lib/route-data';
import { parseEngine, validEngine } from '../fixtures/engine';

describe('page head', () => {
  it('adds the site name to a title unless it is bare or the site name itself', () => {
    const meta = (title: string, bareTitle = false) =>
      pageMeta({
        title,
        description: 'd',
        siteName: 'Atlas',
        bareTitle,
        image: 'https://a.example/og.png',
        canonical: 'https://a.example/zh/',
        lang: 'zh-CN',
      });
    expect(meta('vLLM').title).toBe('vLLM · Atlas');
    expect(meta('vLLM', true).title).toBe('vLLM');
    expect(meta('Atlas').title).toBe('Atlas');
    expect(meta('vLLM').openGraph['og:locale']).toBe('zh_CN');
    expect(meta('vLLM').twitter['twitter:image']).toBe('https://a.example/og.png');
  });

  it('computes route data once from the path: locale, other edition, alternates, canonical', () => {
    const route = routeData('/zh/engines/vllm/', new URL('https://a.example'));
    expect(route.locale).toBe('zh');
    expect(route.lang).toBe('zh-CN');
    expect(route.other).toEqual({ locale: 'en', lang: 'en', path: '/engines/vllm/' });
    expect(route.alternates).toEqual([
      { hreflang: 'en', href: 'https://a.example/engines/vllm/' },
      { hreflang: 'zh-CN', href: 'https://a.example/zh/engines/vllm/' },
    ]);
    expect(route.canonical).toBe('https://a.example/zh/engines/vllm/');
    expect(route.t('nav.about')).not.toBe('nav.about');
  });
});

describe('JSON-LD', () => {
  const data = parseEngine(validEngine());

  it('describes an engine as a SoftwareApplication, with its licence and version', () => {
    const ld = softwareApplicationLd(data, 'v1.0.0', 'https://a.example/engines/x/', 'en');
    expect(ld).toMatchObject({
      '@type': 'SoftwareApplication',
      softwareVersion: 'v1.0.0',
      license: 'https://spdx.org/licenses/Apache-2.0.html',
      sameAs: ['https://example.org/', 'https://github.com/example/engine'],
    });
    const closed = softwareApplicationLd({ ...data, license: 'proprietary' }, undefined, 'u', 'en');
    expect(closed).not.toHaveProperty('license');
    expect(closed).not.toHaveProperty('softwareVersion');
  });

  it('describes the dataset and capabilities, and never lets text close its script element', () => {
    expect(
      datasetLd({ name: 'n', description: 'd', pageUrl: 'p', jsonUrl: 'j', csvUrl: 'c' })
        .distribution,
    ).toHaveLength(2);
    expect(
      definedTermLd({
        name: 'n',
        description: 'd',
        pageUrl: 'p',
        setName: 's',
        setUrl: 'u',
        lang: 'en',
      }).inDefinedTermSet,
    ).toEqual({ '@type': 'DefinedTermSet', name: 's', url: 'u' });
    expect(jsonLdText({ name: '</script><script>x' })).not.toContain('</script>');
  });
});
