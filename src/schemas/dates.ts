import { z } from 'astro/zod';

/**
 * The date formats of the data model, defined once. The plain string schemas describe the
 * public dataset; the `…Schema` exports also accept what YAML makes of an unquoted date.
 */

/** A calendar day, YYYY-MM-DD (Zod's ISO date: real days only). */
const isoDay = z.iso.date({
  error: (issue) => `expected a real calendar day YYYY-MM-DD, got ${JSON.stringify(issue.input)}`,
});

/** A month, YYYY-MM. */
const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, {
  error: (issue) => `expected a month YYYY-MM, got ${JSON.stringify(issue.input)}`,
});

/** A release date at the precision the sources give: a day, or a month when only that is known. */
export const releaseDate = z.union([isoDay, isoMonth], {
  error: (issue) =>
    `expected a date YYYY-MM-DD (or YYYY-MM when only the month is sourced), got ${JSON.stringify(issue.input)}`,
});

// YAML turns an unquoted 2026-01-31 into a Date; read it back as the text it was.
const dateToText = (value: unknown) =>
  value instanceof Date && !Number.isNaN(value.getTime())
    ? value.toISOString().slice(0, 10)
    : value;

export const isoDateSchema = z.preprocess(dateToText, isoDay);
export const yearMonthSchema = z.preprocess(dateToText, isoMonth);
export const releaseDateSchema = z.preprocess(dateToText, releaseDate);
