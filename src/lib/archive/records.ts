import { z } from 'astro/zod';

/** Author kinds as GitHub's GraphQL `__typename` reports them; null author means a deleted account. */
export const AuthorTypeSchema = z.enum(['User', 'Bot', 'Organization', 'Mannequin', 'EnterpriseUserAccount']);

const TimestampSchema = z.iso.datetime();

/** Frontmatter of `issues/<owner>/<repo>/<number>.md`: one sprint issue as GitHub holds it. */
export const IssueFrontmatterSchema = z.strictObject({
  /** Repository as "owner/name". */
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
  /** Issue number within the repository. */
  number: z.number().int().positive(),
  /** Issue title, verbatim. */
  title: z.string(),
  /** Link to the issue on GitHub. */
  url: z.url(),
  /** OPEN or CLOSED. */
  state: z.enum(['OPEN', 'CLOSED']),
  /** Login of the author; null when the account was deleted. */
  author: z.string().nullable(),
  /** Kind of author; null when the account was deleted. */
  authorType: AuthorTypeSchema.nullable(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  closedAt: TimestampSchema.nullable(),
  lastEditedAt: TimestampSchema.nullable(),
  /** Label names, sorted. */
  labels: z.array(z.string()),
});

/** Frontmatter of `comments/<owner>/<repo>/<number>/<databaseId>.md`: one comment on a sprint issue. */
export const CommentFrontmatterSchema = z.strictObject({
  /** Repository as "owner/name". */
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
  /** Number of the issue the comment belongs to. */
  issue: z.number().int().positive(),
  /** GraphQL node id. */
  id: z.string().min(1),
  /** REST id; also the file name and the `#issuecomment-<id>` anchor on GitHub. */
  databaseId: z.number().int().positive(),
  /** Link to the comment on GitHub. */
  url: z.url(),
  author: z.string().nullable(),
  authorType: AuthorTypeSchema.nullable(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  /** Hidden on GitHub (spam, off-topic, outdated, ...). */
  isMinimized: z.boolean(),
  /** GitHub's reason for hiding it, e.g. "outdated"; null when not minimized. */
  minimizedReason: z.string().nullable(),
});

export type IssueFrontmatter = z.output<typeof IssueFrontmatterSchema>;
export type CommentFrontmatter = z.output<typeof CommentFrontmatterSchema>;
export type AuthorType = z.output<typeof AuthorTypeSchema>;

/** A sprint issue with its Markdown body. */
export type IssueRecord = IssueFrontmatter & { body: string };
/** A comment with its Markdown body. */
export type CommentRecord = CommentFrontmatter & { body: string };

/** Key order of the frontmatter as written: stable so repeated syncs produce identical bytes. */
export const ISSUE_KEYS = Object.keys(IssueFrontmatterSchema.shape) as (keyof IssueFrontmatter)[];
export const COMMENT_KEYS = Object.keys(CommentFrontmatterSchema.shape) as (keyof CommentFrontmatter)[];
