import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { validEngine } from '../fixtures/engine';

const run = promisify(execFile);
const work = mkdtempSync(path.join(tmpdir(), 'atlas-broken-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds the real site from a one-engine catalogue and returns what the build printed. */
async function buildWith(file: string, frontmatter: Record<string, unknown>) {
  const dir = mkdtempSync(path.join(work, 'engines-'));
  mkdirSync(`${dir}-zh`);
  writeFileSync(path.join(dir, file), `---\n${stringify(frontmatter)}---\n\nBody.\n`);
  try {
    await run('npx', ['astro', 'build', '--outDir', path.join(dir, 'dist')], {
      env: {
        ...process.env,
        ATLAS_ENGINES_DIR: dir,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
    });
    return { failed: false, output: '' };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    // CI terminals get coloured output: compare the text without ANSI escape codes.
    return { failed: true, output: (stdout + stderr).replace(/\u001b\[[0-9;]*m/g, '') };
  }
}

describe('the production build on malformed frontmatter', () => {
  it('fails, naming the file, the field and the allowed values', async () => {
    const engine = validEngine();
    (engine.hardware as Record<string, unknown>)['nvidia-cuda'] = {
      support: 'maybe',
      source: 'readme',
    };
    const { failed, output } = await buildWith('broken-engine.md', engine);
    expect(failed).toBe(true);
    expect(output).toContain('broken-engine.md');
    expect(output).toContain(
      'hardware.nvidia-cuda.support: "maybe" is not a valid support level; allowed: yes, plugin, partial, no, unknown',
    );
  }, 120_000);

  it('fails on a file name that is not a kebab-case id', async () => {
    const { failed, output } = await buildWith('Bad_Name.md', validEngine());
    expect(failed).toBe(true);
    expect(output).toContain('content/engines/Bad_Name.md: the file name is the engine id');
  }, 120_000);
});
