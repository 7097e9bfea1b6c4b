/**
 * Compares ids, dates and versions by code point: the same order on every build machine,
 * whatever its locale (`localeCompare` without a locale follows the machine's `LANG`).
 */
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
