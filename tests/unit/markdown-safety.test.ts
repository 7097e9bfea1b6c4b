import { describe, expect, it } from 'vitest';
import { unsafeMarkdown } from '../../src/lib/markdown-safety';

describe('plain Markdown bodies', () => {
  it('finds raw HTML and script links with their line', () => {
    expect(
      unsafeMarkdown('Text\n<script>alert(1)</script>\n[a](javascript:void(0))\n<!-- note -->'),
    ).toEqual([
      { line: 2, problem: 'raw HTML "<script>"' },
      { line: 3, problem: 'a javascript:, vbscript: or data: link' },
      { line: 4, problem: 'raw HTML "<!--"' },
    ]);
    expect(unsafeMarkdown('[ref]: javascript:alert(1)')).toHaveLength(1);
    expect(unsafeMarkdown('<JavaScript:alert(1)>')).toHaveLength(1);
  });

  it('lets HTML stand as text in code and leaves ordinary Markdown alone', () => {
    const body = [
      'Run `ollama run <model>` and read `<think>` tags.',
      '```html',
      '<meta http-equiv="refresh">',
      '```',
      'A < B and 3 > 2; [docs](https://example.org/a?b=c).',
    ].join('\n');
    expect(unsafeMarkdown(body)).toEqual([]);
  });
});
