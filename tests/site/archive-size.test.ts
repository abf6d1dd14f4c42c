import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildsLean, countArchiveComments, LeanBuildSettingError, OVERLAP_LIMIT } from '../../src/integrations/archive-size.ts';

const dir = mkdtempSync(join(tmpdir(), 'archive-size-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('archive size', () => {
  it('counts the Markdown files under comments/, at any depth, and nothing else', () => {
    mkdirSync(join(dir, 'comments/acme/sprints/7'), { recursive: true });
    mkdirSync(join(dir, 'issues/acme/sprints'), { recursive: true });
    for (const name of ['1.md', '2.md', 'notes.txt']) writeFileSync(join(dir, 'comments/acme/sprints/7', name), '');
    writeFileSync(join(dir, 'issues/acme/sprints/7.md'), '');
    expect(countArchiveComments(dir)).toBe(2);
  });

  it('counts 0 for an archive without a comments folder', () => {
    expect(countArchiveComments(join(dir, 'missing'))).toBe(0);
  });

  it('takes the lean path above the limit, unless LEAN_BUILD says otherwise', () => {
    expect(buildsLean(OVERLAP_LIMIT, undefined)).toBe(false);
    expect(buildsLean(OVERLAP_LIMIT + 1, undefined)).toBe(true);
    expect(buildsLean(OVERLAP_LIMIT + 1, '')).toBe(true);
    expect(buildsLean(10, '1')).toBe(true);
    expect(buildsLean(OVERLAP_LIMIT + 1, '0')).toBe(false);
  });

  it('rejects any other LEAN_BUILD value, naming it', () => {
    expect(() => buildsLean(10, 'yes')).toThrow(LeanBuildSettingError);
    expect(() => buildsLean(10, 'yes')).toThrow('LEAN_BUILD must be 0 or 1, not "yes".');
  });
});
