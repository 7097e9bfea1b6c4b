import { CAPABILITIES, SCENARIOS } from '../registry/attributes';
import type { EngineTranslation } from '../schemas/engine-translation';
import type { Engine } from './types';

/** Keys (`<group>.<key>`) of every capability that has a note in the English data. */
function noteKeys(engine: Engine): string[] {
  return CAPABILITIES.filter(
    ({ group, key }) => (engine.data[group] as Record<string, { note?: string }>)[key]?.note,
  ).map(({ group, key }) => `${group}.${key}`);
}

/** What keeps a translation from matching its engine, as messages naming the field. */
export function translationProblems(engine: Engine, translation: EngineTranslation): string[] {
  const problems: string[] = [];
  for (const list of ['strengths', 'limitations'] as const) {
    if (translation[list].length !== engine.data[list].length) {
      problems.push(
        `${list}: has ${translation[list].length} items, the English file has ${engine.data[list].length}`,
      );
    }
  }
  const expected = noteKeys(engine);
  const given = Object.keys(translation.notes);
  const missing = expected.filter((key) => !given.includes(key));
  const extra = given.filter((key) => !expected.includes(key));
  if (missing.length) problems.push(`notes: missing ${missing.join(', ')}`);
  if (extra.length) problems.push(`notes: no English note for ${extra.join(', ')}`);
  return problems;
}

/** The engine with its words replaced by the translation's; data stays as it is. */
export function localizeEngine(engine: Engine, translation: EngineTranslation): Engine {
  const data = structuredClone(engine.data);
  data.summary = translation.summary;
  data.maintainer = translation.maintainer;
  data.strengths = translation.strengths;
  data.limitations = translation.limitations;
  for (const scenario of SCENARIOS)
    data.scenarios[scenario].reason = translation.scenarios[scenario];
  for (const { group, key } of CAPABILITIES) {
    const value = (data[group] as Record<string, { note?: string }>)[key];
    const note = translation.notes[`${group}.${key}`];
    if (value?.note && note) value.note = note;
  }
  return { id: engine.id, data };
}
