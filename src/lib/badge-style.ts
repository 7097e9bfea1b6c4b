import type { SupportLevel } from '../registry/attributes';

/**
 * Badge colours per level: the message half's background and its text. Each pair has a
 * contrast of at least 4.5:1, and the badge paints its own background, so it reads the same
 * on light and dark pages. The level is also written out: colour is never the only signal.
 */
export const BADGE_COLORS: Record<SupportLevel, { background: string; text: string }> = {
  yes: { background: '#1f7a3d', text: '#ffffff' },
  plugin: { background: '#4b3fb0', text: '#ffffff' },
  partial: { background: '#f2c14e', text: '#1a1a1a' },
  no: { background: '#b3261e', text: '#ffffff' },
  unknown: { background: '#d0d4da', text: '#1a1a1a' },
};

/** The label half: dark grey with white text (contrast 9.7:1). */
export const BADGE_LABEL = { background: '#3f4650', text: '#ffffff' };
