/**
 * Data for an island, shipped once as raw JSON in a `<script type="application/json">` block
 * instead of as island props (Astro's prop serialisation tags and HTML-escapes every value,
 * tripling the size). The page registers the value while rendering on the server; the island
 * reads the same value there, and from the JSON block in the browser, so hydration matches.
 */
const registry = new Map<string, unknown>();

/** Escapes `<` so the JSON cannot close its script element. */
const toScriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** On the server: registers the data and returns the JSON to put in the block with that id. */
export function providePageData(id: string, value: unknown): string {
  registry.set(id, value);
  return toScriptJson(value);
}

/** The data of an island: from the registry on the server, from its JSON block in the browser. */
export function readPageData<T>(id: string): T {
  if (typeof document === 'undefined') return registry.get(id) as T;
  return JSON.parse(document.getElementById(id)?.textContent ?? 'null') as T;
}
