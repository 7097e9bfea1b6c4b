import type { SupportLevel } from '../registry/attributes';

/**
 * How each support level looks: an SVG path (24×24 grid) and text colour classes.
 * Shared by the Astro badges and the React matrix so the two never drift apart.
 * Colour is decoration only: the icon shape and text label carry the meaning.
 */
export const SUPPORT_STYLE: Record<
  SupportLevel,
  { path: string; fillPath?: string; className: string }
> = {
  yes: { path: 'M5 12.5l4.5 4.5L19 7.5', className: 'text-yes dark:text-yes-dark' },
  plugin: { path: 'M12 5v14M5 12h14', className: 'text-plugin dark:text-plugin-dark' },
  partial: {
    path: 'M12 4a8 8 0 1 1 0 16a8 8 0 1 1 0-16z',
    fillPath: 'M12 4a8 8 0 0 0 0 16z',
    className: 'text-partial dark:text-partial-dark',
  },
  no: { path: 'M6 6l12 12M18 6L6 18', className: 'text-no dark:text-no-dark' },
  unknown: {
    path: 'M9 9a3 3 0 1 1 4 2.8c-.7.3-1 .9-1 1.7V15M12 18.5v.5',
    className: 'text-slate-500 dark:text-slate-400',
  },
};
