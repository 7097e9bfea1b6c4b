import {
  CAPABILITIES,
  CAPABILITY_GROUP_IDS,
  SCENARIOS,
  type CapabilityGroup,
} from '../../registry/attributes';

/** How a column's values compare and filter. */
export type ColumnKind = 'name' | 'text' | 'enum' | 'date' | 'release' | 'support' | 'rating';

export const COLUMN_GROUPS = ['overview', ...CAPABILITY_GROUP_IDS, 'scenarios'] as const;
export type ColumnGroup = (typeof COLUMN_GROUPS)[number];

export interface MatrixColumn {
  /** Stable id used in URLs and exports: `name`, `hardware.nvidia-cuda`, `scenarios.edge-cpu`. */
  id: string;
  group: ColumnGroup;
  kind: ColumnKind;
  /** Dictionary key of the column's label. */
  labelKey: string;
  /** The row-header column (the name): always shown, sticky, and holds the row's checkbox. */
  rowHeader: boolean;
}

const OVERVIEW: MatrixColumn[] = (
  [
    ['name', 'name'],
    ['kind', 'enum'],
    ['license', 'text'],
    ['status', 'enum'],
    ['latestRelease', 'release'],
    ['firstRelease', 'date'],
    ['verified', 'date'],
  ] as const
).map(([id, kind]) => ({
  id,
  group: 'overview',
  kind,
  labelKey: `field.${id}`,
  rowHeader: id === 'name',
}));

/** Every matrix column, in display order. The row header (`name`) comes first. */
export const MATRIX_COLUMNS: readonly MatrixColumn[] = [
  ...OVERVIEW,
  ...CAPABILITIES.map(({ group, key }) => ({
    id: `${group}.${key}`,
    group: group as CapabilityGroup,
    kind: 'support' as const,
    labelKey: `attr.${group}.${key}`,
    rowHeader: false,
  })),
  ...SCENARIOS.map((scenario) => ({
    id: `scenarios.${scenario}`,
    group: 'scenarios' as const,
    kind: 'rating' as const,
    labelKey: `scenario.${scenario}`,
    rowHeader: false,
  })),
];

export const COLUMN_IDS = MATRIX_COLUMNS.map((c) => c.id);
/** The columns a view can show or hide: all but the row header. */
export const OPTIONAL_COLUMNS = MATRIX_COLUMNS.filter((c) => !c.rowHeader);
export const OPTIONAL_COLUMN_IDS = OPTIONAL_COLUMNS.map((c) => c.id);
export const columnById = new Map(MATRIX_COLUMNS.map((c) => [c.id, c]));

/** Dictionary key of a column group's heading. */
export const columnGroupLabelKey = (group: ColumnGroup) => `group.${group}`;
