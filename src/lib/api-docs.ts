import { openApiDocument } from './openapi';

/** One endpoint of the read API as the people's page (/api/) shows it. */
export interface ApiEndpoint {
  operationId: string;
  /** The path template, e.g. `/engines/{id}.json`. */
  path: string;
  summary: string;
  parameters: { name: string; description: string; count: number; examples: string[] }[];
  /** The top-level fields of the response, with their descriptions where the schema has one. */
  fields: { name: string; description?: string }[];
  /** A concrete file of this endpoint, for the example request. */
  example: string;
}

type Operation = {
  operationId: string;
  summary: string;
  parameters?: { name: string; description: string; schema: { enum: string[] } }[];
  responses: { '200': { content: { 'application/json': { schema: { $ref: string } } } } };
};

/** Example values for path parameters: ones every reader knows. */
const EXAMPLES: Record<string, string> = { id: 'vllm', group: 'features', key: 'prefix-caching' };

/**
 * The read API's endpoints, read from the same OpenAPI document that `/api/v1/openapi.json`
 * serves, so the page and the machine description cannot drift apart.
 */
export function apiEndpoints(serverUrl: string, engineIds: readonly string[]): ApiEndpoint[] {
  const document = openApiDocument(serverUrl, engineIds);
  const schemas = document.components.schemas as Record<
    string,
    { properties?: Record<string, { description?: string }> }
  >;
  return Object.entries(document.paths).map(([path, item]) => {
    const operation = (item as { get: Operation }).get;
    const ref = operation.responses['200'].content['application/json'].schema.$ref;
    const schema = schemas[ref.split('/').pop()!] ?? {};
    const parameters = (operation.parameters ?? []).map((parameter) => ({
      name: parameter.name,
      description: parameter.description,
      count: parameter.schema.enum.length,
      examples: parameter.schema.enum.slice(0, 3),
    }));
    return {
      operationId: operation.operationId,
      path,
      summary: operation.summary,
      parameters,
      fields: Object.entries(schema.properties ?? {}).map(([name, property]) => ({
        name,
        ...(property.description && { description: property.description }),
      })),
      example: path.replace(/\{(\w+)\}/g, (_, name: string) => EXAMPLES[name] ?? name),
    };
  });
}
