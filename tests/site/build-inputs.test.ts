import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBuildInputs } from '../../src/integrations/build-inputs.ts';

const dir = mkdtempSync(join(tmpdir(), 'build-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readBuildInputs', () => {
  it('reads an archive without a config or comments as the defaults, on the full path', () => {
    const inputs = readBuildInputs({ ARCHIVE_DIR: dir });
    expect(inputs).toMatchObject({ archiveDir: dir, comments: 0, lean: false });
    expect(inputs.archive.label).toBe('sprint');
  });

  it('turns a malformed config into one line naming the file, with a hint and no stack', () => {
    writeFileSync(join(dir, 'archive.config.json'), '{ "title": ');
    let thrown: unknown;
    try {
      readBuildInputs({ ARCHIVE_DIR: dir });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ name: 'BuildInputError', stack: '', hint: expect.stringContaining('Configuration reference') });
    expect((thrown as Error).message).toMatch(/^\S*archive\.config\.json: not valid JSON/);
    expect((thrown as Error).message).not.toContain('\n');
    rmSync(join(dir, 'archive.config.json'));
  });

  it('turns a bad LEAN_BUILD into one line with a hint, and honours a good one', () => {
    expect(() => readBuildInputs({ ARCHIVE_DIR: dir, LEAN_BUILD: 'on' })).toThrow(expect.objectContaining({ name: 'BuildInputError', stack: '', message: 'LEAN_BUILD must be 0 or 1, not "on".' }));
    expect(readBuildInputs({ ARCHIVE_DIR: dir, LEAN_BUILD: '1' }).lean).toBe(true);
  });

  it('stops on a missing archive folder, naming it, instead of building an empty site', () => {
    const missing = join(dir, 'no-such-archive');
    expect(() => readBuildInputs({ ARCHIVE_DIR: missing })).toThrow(expect.objectContaining({ name: 'BuildInputError', stack: '', message: `The archive folder ${missing} does not exist.`, hint: expect.stringContaining('ARCHIVE_DIR') }));
  });
});
