/**
 * GraphQL cursor connections the way GitHub serves them: first/after or last/before over a list,
 * opaque base64 cursors, and pageInfo.
 */

export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/** Encodes a position key as an opaque cursor. */
export function encodeCursor(key: string): string {
  return Buffer.from(`cursor:v2:${key}`).toString('base64');
}

/** Decodes a cursor made by encodeCursor; throws on anything else, as GitHub does for a foreign cursor. */
export function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  if (!text.startsWith('cursor:v2:')) throw new Error(`\`${cursor}\` does not appear to be a valid cursor.`);
  return text.slice('cursor:v2:'.length);
}

/**
 * Pages `items` (already sorted in connection order, `descending` when keys fall). `keyOf` gives a sortable position key, so a cursor
 * stays meaningful when the list changes between requests (keyset pagination, like GitHub).
 */
export function paginate<T>(items: readonly T[], args: ConnectionArgs, keyOf: (item: T) => string, descending = false) {
  const isAfter = (item: T, key: string) => (descending ? keyOf(item) < key : keyOf(item) > key);
  const isBefore = (item: T, key: string) => (descending ? keyOf(item) > key : keyOf(item) < key);
  let slice = [...items];
  if (args.after != null) {
    const key = decodeCursor(args.after);
    slice = slice.filter((item) => isAfter(item, key));
  }
  if (args.before != null) {
    const key = decodeCursor(args.before);
    slice = slice.filter((item) => isBefore(item, key));
  }
  const beforeLimit = slice.length;
  if (args.first != null) slice = slice.slice(0, args.first);
  let hasPreviousPage = args.after != null;
  if (args.last != null) {
    const start = Math.max(0, slice.length - args.last);
    hasPreviousPage = start > 0;
    slice = slice.slice(start);
  }
  const hasNextPage = args.first != null ? beforeLimit > slice.length : args.before != null;
  const edges = slice.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    totalCount: items.length,
    nodes: slice,
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
