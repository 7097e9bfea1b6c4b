import { z } from 'astro/zod';

// YAML turns an unquoted 2026-01-31 into a Date; accept it and validate the ISO text.
const dateToText = (value: unknown) =>
  value instanceof Date && !Number.isNaN(value.getTime())
    ? value.toISOString().slice(0, 10)
    : value;

const isRealDay = (text: string) => {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
};

/** A calendar day written YYYY-MM-DD. */
export const isoDateSchema = z.preprocess(
  dateToText,
  z
    .string({ error: (issue) => `expected a date YYYY-MM-DD, got ${typeof issue.input}` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, {
      error: (issue) => `expected a date YYYY-MM-DD, got "${String(issue.input)}"`,
      abort: true,
    })
    .refine(isRealDay, { error: (issue) => `"${String(issue.input)}" is not a real calendar day` }),
);

/** A month written YYYY-MM. */
export const yearMonthSchema = z.preprocess(
  dateToText,
  z
    .string({ error: (issue) => `expected a month YYYY-MM, got ${typeof issue.input}` })
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, {
      error: (issue) => `expected a month YYYY-MM, got "${String(issue.input)}"`,
    }),
);

/** A release date at the precision the sources give: YYYY-MM-DD, or YYYY-MM when only the month is known. */
export const releaseDateSchema = z.preprocess(
  dateToText,
  z
    .string({
      error: (issue) => `expected a date YYYY-MM-DD or YYYY-MM, got ${typeof issue.input}`,
    })
    .regex(/^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/, {
      error: (issue) => `expected a date YYYY-MM-DD or YYYY-MM, got "${String(issue.input)}"`,
      abort: true,
    })
    .refine((text) => text.length === 7 || isRealDay(text), {
      error: (issue) => `"${String(issue.input)}" is not a real calendar day`,
    }),
);
