import { SCENARIOS } from '../../registry/attributes';
import type { GuideRow } from '../guide/rank';
import type { Engine } from '../types';
import { toMatrixRow } from './to-rows';

/** A matrix row with the scenario reasons, for the guide island. */
export const toGuideRow = (engine: Engine): GuideRow => ({
  ...toMatrixRow(engine),
  reasons: Object.fromEntries(
    SCENARIOS.map((s) => [s, engine.data.scenarios[s].reason]),
  ) as GuideRow['reasons'],
});
