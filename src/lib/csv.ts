import { z } from 'astro/zod';
import { CAPABILITY_GROUP_IDS, type CapabilityGroup } from '../registry/attributes';
import { datasetEngineSchema, type DatasetEngine } from '../schemas/dataset';
import { csvField } from './csv-field';

const isGroup = (key: string): key is CapabilityGroup =>
  (CAPABILITY_GROUP_IDS as string[]).includes(key);

const unwrap = (schema: z.ZodType): z.ZodType =>
  schema instanceof z.ZodOptional ? unwrap(schema.unwrap() as z.ZodType) : schema;

type Cell = (engine: DatasetEngine) => string;

/**
 * The CSV columns, derived from the dataset schema in its order: a column per scalar field, per
 * field of an object (`latestRelease.date`), per capability (its support level) and per scenario
 * (its rating); lists of text joined with "; ". Lists of objects (sources, releases, backends)
 * stay in the JSON.
 */
function columns(): [string, Cell][] {
  return Object.entries(datasetEngineSchema.shape).flatMap(([key, raw]): [string, Cell][] => {
    const schema = unwrap(raw as z.ZodType);
    const field = (engine: DatasetEngine) => (engine as Record<string, unknown>)[key];
    if (schema instanceof z.ZodObject) {
      return Object.keys(schema.shape).map((sub) => [
        `${key}.${sub}`,
        (engine) => {
          const value = (field(engine) as Record<string, unknown> | undefined)?.[sub];
          if (value === undefined) return '';
          if (isGroup(key)) return (value as { support: string }).support;
          if (key === 'scenarios') return String((value as { rating: number }).rating);
          return String(value);
        },
      ]);
    }
    if (schema instanceof z.ZodArray) {
      if (!(unwrap(schema.element as z.ZodType) instanceof z.ZodString)) return [];
      return [[key, (engine) => ((field(engine) as string[] | undefined) ?? []).join('; ')]];
    }
    return [[key, (engine) => String(field(engine) ?? '')]];
  });
}

/** The cells an engine inherits: `group.key=<engine>` for each cell with `via`, joined with "; ". */
const viaColumn: [string, Cell] = [
  'via',
  (engine) =>
    CAPABILITY_GROUP_IDS.flatMap((group) =>
      Object.entries(engine[group] as Record<string, { via?: string }>).flatMap(([key, value]) =>
        value.via ? [`${group}.${key}=${value.via}`] : [],
      ),
    ).join('; '),
];

/**
 * A row per engine, a column per field, attribute (support level) and scenario (rating), and a
 * last `via` column naming the upstream engine of each inherited cell.
 */
export function toCsv(engines: readonly DatasetEngine[]): string {
  const cols = [...columns(), viaColumn];
  const rows = [cols.map(([name]) => name), ...engines.map((e) => cols.map(([, cell]) => cell(e)))];
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
