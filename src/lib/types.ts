import type { EngineData } from '../schemas/engine';

/** An engine as the pure helpers see it: its id (file name) and validated frontmatter. */
export interface Engine {
  id: string;
  data: EngineData;
}
