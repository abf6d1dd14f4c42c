import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializeMarkdownFile } from '../../src/lib/archive/markdown-file.ts';
import { archiveLoader } from '../../src/lib/site/archive-loader.ts';

interface Stored {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string;
}

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function fakeContext() {
  const entries = new Map<string, Stored>();
  const parsed: string[] = [];
  const context = {
    collection: 'comments',
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: Stored) => (entries.set(entry.id, entry), true),
      delete: (id: string) => void entries.delete(id),
      keys: () => [...entries.keys()],
    },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => (parsed.push(id), data),
    generateDigest: (text: string) => String(text.length) + text.slice(-8),
    logger: { error: () => {} },
  } as unknown as LoaderContext;
  return { context, entries, parsed };
}

function writeComment(dir: string, id: string, body: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${id}.md`), serializeMarkdownFile({ id, repo: 'acme/planning' }, ['id', 'repo'], body));
}

describe('archiveLoader', () => {
  it('loads every file with its frontmatter as data, and stores neither its body nor a rendering', async () => {
    root = mkdtempSync(join(tmpdir(), 'archive-loader-'));
    const base = join(root, 'comments');
    writeComment(join(base, 'acme/planning/1'), 'IC_a', '  indented first line\n\n![](./relative.png)\n');
    writeComment(join(base, 'acme/planning/2'), 'IC_b', 'second');
    const { context, entries } = fakeContext();
    await archiveLoader({ base, id: (data) => String(data['id']) }).load(context);
    expect([...entries.keys()].sort()).toEqual(['IC_a', 'IC_b']);
    const first = entries.get('IC_a')!;
    expect(first.data).toEqual({ id: 'IC_a', repo: 'acme/planning' });
    expect(first.filePath).toBe(join('comments', 'acme/planning/1', 'IC_a.md'));
    expect(first.digest).toEqual(expect.any(String));
    expect(first).not.toHaveProperty('body');
    expect(first).not.toHaveProperty('rendered');
  });

  it('skips unchanged files on the next load and drops entries whose file is gone', async () => {
    root = mkdtempSync(join(tmpdir(), 'archive-loader-'));
    const base = join(root, 'comments');
    writeComment(join(base, '1'), 'IC_a', 'one');
    writeComment(join(base, '2'), 'IC_b', 'two');
    writeComment(join(base, '3'), 'IC_c', 'three');
    const { context, entries, parsed } = fakeContext();
    const loader = archiveLoader({ base, id: (data) => String(data['id']) });
    await loader.load(context);
    rmSync(join(base, '2'), { recursive: true });
    writeComment(join(base, '1'), 'IC_a', 'one, edited');
    await loader.load(context);
    expect(parsed.filter((id) => id === 'IC_a')).toHaveLength(2);
    expect(parsed.filter((id) => id === 'IC_c')).toHaveLength(1);
    expect([...entries.keys()].sort()).toEqual(['IC_a', 'IC_c']);
    expect(entries.get('IC_a')!.digest).toBe(context.generateDigest(serializeMarkdownFile({ id: 'IC_a', repo: 'acme/planning' }, ['id', 'repo'], 'one, edited')));
  });

  it('names the file when one is not in the archive format', async () => {
    root = mkdtempSync(join(tmpdir(), 'archive-loader-'));
    const base = join(root, 'comments');
    mkdirSync(join(base, '1'), { recursive: true });
    writeFileSync(join(base, '1', 'broken.md'), 'no frontmatter here');
    const { context } = fakeContext();
    const failure = archiveLoader({ base, id: (data) => String(data['id']) }).load(context);
    await expect(failure).rejects.toThrow(`${join('comments', '1', 'broken.md')}: missing frontmatter: the file must start with "---".`);
    // Astro prints its own error type as message and hint, and a stack trace only if there is one.
    await expect(failure).rejects.toMatchObject({ name: 'ArchiveFileError', hint: expect.stringContaining('npm run sync'), stack: '' });
  });

  it('in astro dev, follows files added, changed and removed under the folder', async () => {
    root = mkdtempSync(join(tmpdir(), 'archive-loader-'));
    const base = join(root, 'comments');
    writeComment(join(base, '1'), 'IC_a', 'one');
    const { context, entries } = fakeContext();
    const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
    await archiveLoader({ base, id: (data) => String(data['id']) }).load({ ...context, watcher } as unknown as LoaderContext);
    expect(watcher.add).toHaveBeenCalledWith(base);
    writeComment(join(base, '1'), 'IC_a', 'one, edited');
    writeComment(join(base, '2'), 'IC_b', 'two');
    watcher.emit('change', join(base, '1', 'IC_a.md'));
    watcher.emit('add', join(base, '2', 'IC_b.md'));
    watcher.emit('add', join(root, 'elsewhere.md'));
    const digest = (id: string, body: string) => context.generateDigest(serializeMarkdownFile({ id, repo: 'acme/planning' }, ['id', 'repo'], body));
    await vi.waitFor(() => expect(entries.get('IC_b')?.digest).toBe(digest('IC_b', 'two')));
    await vi.waitFor(() => expect(entries.get('IC_a')?.digest).toBe(digest('IC_a', 'one, edited')));
    watcher.emit('unlink', join(base, '1', 'IC_a.md'));
    expect([...entries.keys()]).toEqual(['IC_b']);
  });

  it('gives an empty collection for a missing folder', async () => {
    root = mkdtempSync(join(tmpdir(), 'archive-loader-'));
    const { context, entries } = fakeContext();
    await archiveLoader({ base: join(root, 'nothing'), id: () => 'x' }).load(context);
    expect(entries.size).toBe(0);
  });
});
