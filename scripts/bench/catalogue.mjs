// Writes a synthetic catalogue of `count` engines, cloned from the real ones under new ids.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function writeSyntheticCatalogue(root, count, source = 'content') {
  const engines = path.join(root, 'engines');
  const chinese = `${engines}-zh`;
  mkdirSync(engines, { recursive: true });
  mkdirSync(chinese, { recursive: true });
  const ids = readdirSync(path.join(source, 'engines'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3));
  for (let i = 0; i < count; i++) {
    const id = ids[i % ids.length];
    const copy = Math.floor(i / ids.length);
    const newId = copy === 0 ? id : `${id}-${copy}`;
    const english = readFileSync(path.join(source, 'engines', `${id}.md`), 'utf8').replace(
      /^name: (.*)$/m,
      (_, name) => `name: ${copy === 0 ? name : `"${name.replace(/^"|"$/g, '')} #${copy}"`}`,
    );
    // Backends point at the original engines, which every synthetic catalogue contains.
    writeFileSync(path.join(engines, `${newId}.md`), english);
    writeFileSync(
      path.join(chinese, `${newId}.md`),
      readFileSync(path.join(source, 'engines-zh', `${id}.md`), 'utf8'),
    );
  }
  return engines;
}
