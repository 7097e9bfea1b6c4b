import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { badgeSvg, textWidth } from '../../src/lib/badge-svg';
import { reportUrl } from '../../src/site.config';

describe('badgeSvg', () => {
  const svg = badgeSvg(
    {
      schemaVersion: 1,
      label: 'vLLM · Prefix <caching> & more',
      message: 'Partial',
      color: '#000',
    },
    'partial',
  );

  it('is well-formed, self-contained SVG that names label and level in text', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    const root = new XMLParser({ ignoreAttributes: false, htmlEntities: true }).parse(svg).svg;
    expect(root['@_aria-label']).toBe('vLLM · Prefix <caching> & more: Partial');
    expect(root.title).toBe('vLLM · Prefix <caching> & more: Partial');
    expect(svg).not.toMatch(/href=|url\(|<script|@import/);
  });

  it('grows with its text, so long labels are never clipped', () => {
    const short = badgeSvg({ schemaVersion: 1, label: 'a', message: 'Yes', color: '' }, 'yes');
    const width = (text: string) => Number(/width="(\d+(?:\.\d+)?)"/.exec(text)![1]);
    expect(width(svg)).toBeGreaterThan(width(short));
    expect(textWidth('WWW')).toBeGreaterThan(textWidth('iii'));
  });
});

describe('reportUrl', () => {
  it('opens the wrong-fact issue form with engine, attribute and the current value filled in', () => {
    const url = new URL(
      reportUrl({
        engine: 'vllm',
        attribute: 'hardware.huawei-ascend',
        current: 'Level: plugin\nNote: vllm-ascend & co',
      }),
    );
    expect(url.pathname).toMatch(/\/issues\/new$/);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      template: 'wrong-fact.yml',
      title: '[fact] vllm: hardware.huawei-ascend',
      engine: 'vllm',
      attribute: 'hardware.huawei-ascend',
      current: 'Level: plugin\nNote: vllm-ascend & co',
    });
  });
});
