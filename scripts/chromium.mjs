// Which Chromium to drive, and how: shared by playwright.config.ts, the bench and the audit.
import { existsSync } from 'node:fs';

/** Flags that work in sandboxed CI containers without network access. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else undefined (the tool's own download). */
export function systemChromium() {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));
}
