import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildDemoArchive } from '../../scripts/demo/build-demo-archive.ts';

const COMMITTED = join(import.meta.dirname, '..', '..', 'content');
const scratch = mkdtempSync(join(tmpdir(), 'demo-content-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

describe('the committed demo archive', () => {
  test('is byte for byte what npm run demo writes through the fake GitHub and the real sync', async () => {
    const outDir = join(scratch, 'content');
    const { summary } = await buildDemoArchive({ outDir });
    const fresh = listFiles(outDir);
    expect(listFiles(COMMITTED)).toEqual(fresh);
    for (const file of fresh) {
      expect(readFileSync(join(COMMITTED, file), 'utf8'), file).toBe(readFileSync(join(outDir, file), 'utf8'));
    }
    expect(summary).toMatchObject({ updated: 0, removed: 0 });
    expect(summary.requests).toBeLessThanOrEqual(4);
  });

  test('a second run over an existing archive replaces it with identical bytes and leaves no staging folder behind', async () => {
    const outDir = join(scratch, 'again');
    await buildDemoArchive({ outDir, sprints: 5, teams: 3 });
    const first = listFiles(outDir).map((f) => readFileSync(join(outDir, f), 'utf8'));
    await buildDemoArchive({ outDir, sprints: 5, teams: 3 });
    expect(listFiles(outDir).map((f) => readFileSync(join(outDir, f), 'utf8'))).toEqual(first);
    expect(readdirSync(scratch).filter((name) => name.includes('.demo-'))).toEqual([]);
  });

  test('stays a few megabytes at most', () => {
    const bytes = listFiles(COMMITTED).reduce((sum, file) => sum + readFileSync(join(COMMITTED, file)).length, 0);
    expect(bytes).toBeLessThan(4_000_000);
  });
});
