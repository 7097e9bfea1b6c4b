/** A translate function over one dictionary; kept free of dictionary imports so islands stay small. */
export type Messages = Record<string, string>;

export function translator<K extends string>(messages: Record<K, string>) {
  return (key: K, values: Record<string, string | number> = {}): string =>
    (messages[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
}
