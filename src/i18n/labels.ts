import type {
  CapabilityGroup,
  Kind,
  Rating,
  Scenario,
  Status,
  SupportLevel,
} from '../registry/attributes';
import type { EngineData } from '../schemas/engine';
import type { MessageKey, Translate } from './index';

// Registry ids map onto dictionary keys by convention; a unit test checks every one exists.
export const groupLabel = (t: Translate, group: CapabilityGroup) =>
  t(`group.${group}` as MessageKey);
export const attributeLabel = (t: Translate, group: CapabilityGroup, key: string) =>
  t(`attr.${group}.${key}` as MessageKey);
export const supportLabel = (t: Translate, level: SupportLevel) =>
  t(`support.${level}` as MessageKey);
export const supportDescription = (t: Translate, level: SupportLevel) =>
  t(`support.${level}.description` as MessageKey);
export const kindLabel = (t: Translate, kind: Kind) => t(`kind.${kind}` as MessageKey);
export const statusLabel = (t: Translate, status: Status) => t(`status.${status}` as MessageKey);
export const scenarioLabel = (t: Translate, scenario: Scenario) =>
  t(`scenario.${scenario}` as MessageKey);
export const ratingLabel = (t: Translate, rating: Rating) => t(`rating.${rating}` as MessageKey);

/** "v1.2.1 (2026-04)", or the version alone with a note when no source dates it. */
export const releaseLabel = (t: Translate, { version, date }: EngineData['latestRelease']) =>
  date ? t('release.dated', { version, date }) : t('release.undated', { version });
