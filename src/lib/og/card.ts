/**
 * Open Graph cards (1200×630 PNG) drawn as SVG from a template and rasterised by resvg at build
 * time, with a font shipped in node_modules: no browser, no network.
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) =>
  require.resolve(`dejavu-fonts-ttf/ttf/${file}`),
);

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** Greedy word wrap by an average glyph width; long enough for titles and one-sentence summaries. */
function wrap(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  return [...lines.slice(0, maxLines - 1), `${lines[maxLines - 1]!.slice(0, maxChars - 1)}…`];
}

export interface Card {
  title: string;
  summary: string;
  /** Short facts shown as pills, e.g. kind and licence. */
  tags: string[];
  footer: string;
}

/** The SVG of a card. */
function cardSvg({ title, summary, tags, footer }: Card): string {
  const titleLines = wrap(title, 26, 2);
  const summaryLines = wrap(summary, 58, 3);
  const summaryTop = 150 + titleLines.length * 78;
  let x = 80;
  const pills = tags.map((tag) => {
    const width = 24 + tag.length * 15;
    const pill = `<rect x="${x}" y="470" width="${width}" height="48" rx="24" fill="#1e3a8a"/><text x="${x + width / 2}" y="503" font-size="26" fill="#dbeafe" text-anchor="middle">${escapeXml(tag)}</text>`;
    x += width + 16;
    return pill;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#0b1220"/>
<rect x="0" y="0" width="16" height="630" fill="#3b82f6"/>
${titleLines.map((line, i) => `<text x="80" y="${150 + i * 78}" font-size="68" font-weight="bold" fill="#f8fafc">${escapeXml(line)}</text>`).join('\n')}
${summaryLines.map((line, i) => `<text x="80" y="${summaryTop + 20 + i * 44}" font-size="32" fill="#cbd5e1">${escapeXml(line)}</text>`).join('\n')}
${pills.join('\n')}
<text x="80" y="585" font-size="28" font-weight="bold" fill="#93c5fd">${escapeXml(footer)}</text>
</svg>`;
}

/** The card rendered as PNG bytes. */
export function cardPng(card: Card): Uint8Array {
  const resvg = new Resvg(cardSvg(card), {
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}

export const pngResponse = (bytes: Uint8Array) =>
  new Response(bytes as unknown as BodyInit, { headers: { 'Content-Type': 'image/png' } });
