// Runs before the browser tests: makes sure a Chromium is there. $CHROMIUM_PATH or Debian's
// /usr/bin/chromium first; else Playwright's own build, downloaded now if it is missing. Only
// when that download fails (no network) does it stop, with one line saying what to do.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from './chromium.mjs';

if (!systemChromium() && !existsSync(chromium.executablePath())) {
  console.log('No Chromium found: installing Playwright’s (npx playwright install chromium)…');
  const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  if (install.status !== 0 || !existsSync(chromium.executablePath())) {
    console.error(
      'No Chromium found and Playwright could not download one: install one (Debian: apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH.',
    );
    process.exit(1);
  }
}
