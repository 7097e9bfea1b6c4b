/** A translate function over one dictionary; kept free of dictionary imports so islands stay small. */

// `{count, plural, one {# difference} other {# differences}}`: the one piece of ICU message
// syntax the dictionaries need, so that counted phrases read right for every number.
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other) \{[^{}]*\})+)\s*\}/g;
const BRANCH = /(=\d+|zero|one|two|few|many|other) \{([^{}]*)\}/g;
const PLACEHOLDER = /\{(\w+)\}/g;

export type MessageValues = Record<string, string | number>;

/**
 * `t(key, values)` for one locale. A key missing from the dictionary throws: the message types
 * and the dictionary tests keep that from happening, and a raw key must never reach a page.
 */
export function translator<K extends string>(messages: Readonly<Record<K, string>>, lang: string) {
  const rules = new Intl.PluralRules(lang);
  return (key: K, values: MessageValues = {}): string => {
    const message = messages[key];
    if (message === undefined) throw new Error(`missing message "${key}" (${lang})`);
    return message
      .replace(PLURAL, (whole, name: string, branches: string) => {
        const count = values[name];
        if (typeof count !== 'number') return whole;
        const options = new Map([...branches.matchAll(BRANCH)].map((m) => [m[1]!, m[2]!]));
        const text = options.get(`=${count}`) ?? options.get(rules.select(count)) ?? '';
        return text.replaceAll('#', String(count));
      })
      .replace(PLACEHOLDER, (whole, name: string) =>
        name in values ? String(values[name]) : whole,
      );
  };
}
