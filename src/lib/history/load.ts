import { historyEntries, type History } from './entries';
import { readGitHistory } from './git';

/** Where the engine data lives, relative to the repository root. */
const ENGINE_DIR = 'content/engines';

let cached: History | undefined;

/** The data history of this checkout, read from git once per build (warns once without it). */
export function getHistory(): History {
  if (!cached) {
    cached = historyEntries(readGitHistory(process.cwd(), ENGINE_DIR));
    if (!cached.available) {
      console.warn(
        `[atlas] data history unavailable (${cached.reason}): /changes/ and the History sections say so. Build from a full clone (git fetch --unshallow) to include it.`,
      );
    }
  }
  return cached;
}

export const engineHistory = (history: History, id: string) =>
  history.available ? history.entries.filter((entry) => entry.engine === id) : [];
