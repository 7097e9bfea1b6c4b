import { ENGINE_ID } from '../schemas/ids';

/** `llama-cpp.md` → `llama-cpp`; any other file name fails the build with a clear message. */
export function engineIdFromFile(file: string): string {
  const id = file.replace(/\.md$/, '');
  if (!ENGINE_ID.test(id)) {
    throw new Error(
      `content/engines/${file}: the file name is the engine id and must be lowercase kebab-case, e.g. "llama-cpp.md"`,
    );
  }
  return id;
}
