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
async function buildWith(file: string, frontmatter: Record<string, unknown>, body = 'Body.') {
  const dir = mkdtempSync(path.join(work, 'engines-'));
  mkdirSync(`${dir}-zh`);
  writeFileSync(path.join(dir, file), `---\n${stringify(frontmatter)}---\n\n${body}\n`);
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

  it('fails on a control character in a name, which would break feeds and badges', async () => {
    const engine = { ...validEngine(), name: 'Evil\u0001 ]]> engine' };
    const { failed, output } = await buildWith('hostile.md', engine);
    expect(failed).toBe(true);
    expect(output).toContain('hostile.md');
    expect(output).toContain('name: contains the control character U+0001');
  }, 120_000);

  it('fails on raw HTML or a javascript: link in a body, naming the file and line', async () => {
    const body =
      'Fine text.\n\n<meta http-equiv="refresh" content="0;url=https://evil.example">\n\n[x](javascript:alert(1))';
    const { failed, output } = await buildWith('html-body.md', validEngine(), body);
    expect(failed).toBe(true);
    expect(output).toMatch(/html-body\.md: (body )?line \d+: raw HTML "<meta http-equiv=/);
    expect(output).toContain('a javascript:, vbscript: or data: link');
  }, 120_000);

  it('fails on a file name that is not a kebab-case id', async () => {
    const { failed, output } = await buildWith('Bad_Name.md', validEngine());
    expect(failed).toBe(true);
    expect(output).toContain('content/engines/Bad_Name.md: the file name is the engine id');
  }, 120_000);
});
