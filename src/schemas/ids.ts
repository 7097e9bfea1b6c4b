/** Identifier patterns, defined once for the schemas, the file loader and the dataset. */

/** Engine ids are file names: lowercase kebab-case, e.g. `llama-cpp`. */
export const ENGINE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Source ids, cited by support values: lowercase words joined by "-" or ".", e.g. `docs-gpu`. */
export const SOURCE_ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
