import { BADGE_COLORS, BADGE_LABEL } from './badge-style';
import type { ApiBadge } from '../schemas/api';
import type { SupportLevel } from '../registry/attributes';

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// Approximate advance widths of 11 px Verdana (the shields.io look). Each text also carries
// textLength, so whatever font the viewer has is fitted to the same box.
const NARROW = new Set([..."ijlI.,:;!|'·() "]);
const WIDE = new Set([...'mwMW@%']);
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if (NARROW.has(char)) width += 3.9;
    else if (WIDE.has(char)) width += 10.7;
    else if (/[A-Z0-9]/.test(char)) width += 7.5;
    else width += 6.6;
  }
  return Math.ceil(width);
}

const PADDING = 6;

/** A self-contained SVG badge (no external font, image or script). */
export function badgeSvg(badge: ApiBadge, level: SupportLevel): string {
  const [labelText, messageText] = [badge.label, badge.message].map(textWidth) as [number, number];
  const labelWidth = labelText + PADDING * 2;
  const messageWidth = messageText + PADDING * 2;
  const width = labelWidth + messageWidth;
  const title = escapeXml(`${badge.label}: ${badge.message}`);
  const { background, text } = BADGE_COLORS[level];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" viewBox="0 0 ${width} 20" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    `<rect width="${labelWidth}" height="20" rx="3" fill="${BADGE_LABEL.background}"/>`,
    `<rect x="${labelWidth}" width="${messageWidth}" height="20" rx="3" fill="${background}"/>`,
    `<rect x="${labelWidth}" width="4" height="20" fill="${background}"/>`,
    `<g font-family="Verdana,'DejaVu Sans',Geneva,sans-serif" font-size="11" text-anchor="middle">`,
    `<text x="${labelWidth / 2}" y="14" fill="${BADGE_LABEL.text}" textLength="${labelText}" lengthAdjust="spacingAndGlyphs">${escapeXml(badge.label)}</text>`,
    `<text x="${labelWidth + messageWidth / 2}" y="14" fill="${text}" textLength="${messageText}" lengthAdjust="spacingAndGlyphs">${escapeXml(badge.message)}</text>`,
    `</g></svg>`,
  ].join('');
}
