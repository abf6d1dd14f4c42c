/**
 * The GraphQL documents the sync sends and zod schemas for their answers. Every query asks for
 * `rateLimit` so the sync can report points used and left without an extra request.
 */
import { z } from 'astro/zod';
import { AuthorTypeSchema } from '../archive/records.ts';

/** Largest page GitHub serves. */
export const PAGE_SIZE = 100;

/**
 * First page of an incremental sync (issues and recently updated issues alike). GitHub charges
 * (1 + nested connections per parent) / 100 rounded, so 25 keeps a run triggered by one comment at
 * 1 point where 100 costs 3; a bigger backlog simply pages on at PAGE_SIZE.
 */
export const INCREMENTAL_PAGE_SIZE = 25;

const RateLimitSchema = z.object({ cost: z.number().int(), remaining: z.number().int(), resetAt: z.string() });

const PageInfoSchema = z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() });

const ActorSchema = z.object({ __typename: AuthorTypeSchema, login: z.string() }).nullable();

export const CommentNodeSchema = z.object({
  id: z.string(),
  databaseId: z.number().int(),
  url: z.string(),
  author: ActorSchema,
  body: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  isMinimized: z.boolean(),
  minimizedReason: z.string().nullable(),
});

const CommentConnectionSchema = z.object({ pageInfo: PageInfoSchema, nodes: z.array(CommentNodeSchema) });

const IssueCommentsSchema = z.object({ comments: CommentConnectionSchema });

const LabelConnectionSchema = z.object({ nodes: z.array(z.object({ name: z.string() })) });

export const IssueNodeSchema = z.object({
  number: z.number().int(),
  title: z.string(),
  url: z.string(),
  state: z.enum(['OPEN', 'CLOSED']),
  author: ActorSchema,
  body: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  closedAt: z.string().nullable(),
  lastEditedAt: z.string().nullable(),
  labels: LabelConnectionSchema,
  comments: CommentConnectionSchema,
});

const RecentIssueSchema = z.object({ number: z.number().int(), updatedAt: z.string(), labels: LabelConnectionSchema });

const RecentConnectionSchema = z.object({ pageInfo: PageInfoSchema, nodes: z.array(RecentIssueSchema) });

export type CommentNode = z.output<typeof CommentNodeSchema>;
export type IssueNode = z.output<typeof IssueNodeSchema>;
export type RecentIssue = z.output<typeof RecentIssueSchema>;

const COMMENT_FIELDS = `id databaseId url author { __typename login } body createdAt updatedAt isMinimized minimizedReason`;
const LABELS = `labels(first: ${PAGE_SIZE}) { nodes { name } }`;
const RATE_LIMIT = `rateLimit { cost remaining resetAt }`;

/**
 * One page of `$pageSize` (normally 100) labelled issues updated since `$since`, oldest update first (an issue updated while we
 * page moves to the end instead of being skipped), each with its first 100 comments. With `recent`,
 * the same request also lists every issue updated since `$since` with its labels, to spot issues
 * that lost the label: it costs points but no extra request.
 */
export function buildSprintIssuesQuery(withRecent: boolean): string {
  const recent = withRecent
    ? `recent: issues(first: $recentFirst, after: $recentAfter, filterBy: { since: $since }, orderBy: { field: UPDATED_AT, direction: ASC }) {
      pageInfo { hasNextPage endCursor }
      nodes { number updatedAt ${LABELS} }
    }`
    : '';
  return `query SprintIssues($owner: String!, $name: String!, $labels: [String!], $since: DateTime, $after: String, $pageSize: Int!${withRecent ? ', $recentAfter: String, $recentFirst: Int!' : ''}) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    nameWithOwner
    issues(first: $pageSize, after: $after, labels: $labels, filterBy: { since: $since }, orderBy: { field: UPDATED_AT, direction: ASC }) {
      pageInfo { hasNextPage endCursor }
      nodes {
        number title url state author { __typename login } body createdAt updatedAt closedAt lastEditedAt
        ${LABELS}
        comments(first: ${PAGE_SIZE}) { pageInfo { hasNextPage endCursor } nodes { ${COMMENT_FIELDS} } }
      }
    }
    ${recent}
  }
}`;
}

export const SprintIssuesSchema = z.object({
  rateLimit: RateLimitSchema.nullable(),
  repository: z.object({
    nameWithOwner: z.string(),
    issues: z.object({ pageInfo: PageInfoSchema, nodes: z.array(IssueNodeSchema) }),
    recent: RecentConnectionSchema.optional(),
  }),
});

export type SprintIssuesData = z.output<typeof SprintIssuesSchema>;

/** Further pages of `recent` alone, when more than 100 issues changed since the cursor. */
export const RECENT_ISSUES_QUERY = `query RecentIssues($owner: String!, $name: String!, $since: DateTime, $recentAfter: String) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    recent: issues(first: ${PAGE_SIZE}, after: $recentAfter, filterBy: { since: $since }, orderBy: { field: UPDATED_AT, direction: ASC }) {
      pageInfo { hasNextPage endCursor }
      nodes { number updatedAt ${LABELS} }
    }
  }
}`;

export const RecentIssuesSchema = z.object({
  rateLimit: RateLimitSchema.nullable(),
  repository: z.object({ recent: RecentConnectionSchema }),
});

/** Most issues whose comments one request pages further (aliases i0, i1, ...). */
export const MORE_COMMENTS_BATCH = 20;

/** The next 100 comments of several issues in one request. */
export function buildMoreCommentsQuery(count: number): string {
  const variables = Array.from({ length: count }, (_, i) => `, $n${i}: Int!, $c${i}: String`).join('');
  const fields = Array.from(
    { length: count },
    (_, i) => `i${i}: issue(number: $n${i}) { comments(first: ${PAGE_SIZE}, after: $c${i}) { pageInfo { hasNextPage endCursor } nodes { ${COMMENT_FIELDS} } } }`,
  ).join('\n    ');
  return `query MoreComments($owner: String!, $name: String!${variables}) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    ${fields}
  }
}`;
}

/** Schema of the answer to buildMoreCommentsQuery(count). */
export function buildMoreCommentsSchema(count: number) {
  const shape: Record<string, typeof IssueCommentsSchema> = {};
  for (let i = 0; i < count; i += 1) shape[`i${i}`] = IssueCommentsSchema;
  return z.object({ rateLimit: RateLimitSchema.nullable(), repository: z.object(shape) });
}
