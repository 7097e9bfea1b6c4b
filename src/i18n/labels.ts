import type {
  CapabilityGroup,
  Kind,
  Rating,
  Scenario,
  Status,
  SupportLevel,
} from '../registry/attributes';
import type { EngineData } from '../schemas/engine';
import { latestRelease } from '../lib/releases';
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
/** An SPDX id as it is; "proprietary" in the reader's language. */
export const licenseLabel = (t: Translate, license: string) =>
  license === 'proprietary' ? t('license.proprietary') : license;
export const statusLabel = (t: Translate, status: Status) => t(`status.${status}` as MessageKey);
export const scenarioLabel = (t: Translate, scenario: Scenario) =>
  t(`scenario.${scenario}` as MessageKey);
export const ratingLabel = (t: Translate, rating: Rating) => t(`rating.${rating}` as MessageKey);

/** The newest release, "v1.2.1 (2026-04-02)", or why there is none. */
export const releaseLabel = (
  t: Translate,
  data: Pick<EngineData, 'releases' | 'releasesChecked'>,
) => {
  const release = latestRelease(data);
  if (release) return t('release.dated', release);
  return t(data.releasesChecked ? 'release.noneFoundShort' : 'release.none');
};
