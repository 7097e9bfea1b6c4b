import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SUPPORT_STYLE } from '../../src/lib/support-style';
import { SUPPORT_LEVELS } from '../../src/registry/attributes';

// The matrix draws icons as CSS masks; the static pages draw SVG from SUPPORT_STYLE. Same shapes.
describe('support icons', () => {
  const css = readFileSync('src/styles/matrix.css', 'utf8');

  it.each(SUPPORT_LEVELS)('the CSS icon of "%s" draws the same paths as SUPPORT_STYLE', (level) => {
    const rule = new RegExp(
      `\\.support-icon-${level} \\{\\s*--icon: url\\("data:image/svg\\+xml,([^"]+)"\\)`,
    ).exec(css);
    expect(rule).not.toBeNull();
    const svg = decodeURIComponent(rule![1]!);
    const { path, fillPath } = SUPPORT_STYLE[level];
    expect(svg).toContain(`d='${path}'`);
    if (fillPath) expect(svg).toContain(`d='${fillPath}'`);
  });
});
