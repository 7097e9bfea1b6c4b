/** Helpers that turn Zod issues into messages naming what is allowed. */

export const listAllowed = (values: readonly (string | number)[]): string => values.join(', ');

/** Shows a rejected input briefly and safely inside an error message. */
function showInput(input: unknown): string {
  if (input === undefined) return 'nothing';
  const text = typeof input === 'string' ? `"${input}"` : JSON.stringify(input);
  return text && text.length > 60 ? `${text.slice(0, 57)}…` : String(text);
}

/** `error` option for a Zod enum: says what was given and what is allowed. */
export const enumError =
  (what: string, values: readonly (string | number)[]) =>
  (issue: { input?: unknown }): string =>
    `${showInput(issue.input)} is not a valid ${what}; allowed: ${listAllowed(values)}`;

/** `error` option for a strict object: names unknown keys and the allowed ones. */
export const strictKeysError =
  (what: string, keys: readonly string[]) =>
  (issue: { code?: string; keys?: string[] }): string | undefined =>
    issue.code === 'unrecognized_keys'
      ? `unknown key(s) in ${what}: ${(issue.keys ?? []).join(', ')}; allowed: ${listAllowed(keys)}`
      : undefined;
