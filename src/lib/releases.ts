import type { EngineData } from '../schemas/engine';

export type Release = NonNullable<EngineData['releases']>[number];

/** The newest release: the first of `releases`, which the schema keeps newest first. */
export const latestRelease = (data: Pick<EngineData, 'releases'>): Release | undefined =>
  data.releases?.[0];
