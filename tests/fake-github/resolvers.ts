/**
 * Resolvers of the fake GitHub: plain objects and functions over a FakeWorld, read at request time
 * so tests can edit the world between syncs.
 */
import { paginate, type ConnectionArgs } from './connection.ts';
import { commentNodeId, issueNodeId, type FakeActor, type FakeComment, type FakeIssue, type FakeRepo, type FakeWorld } from './world.ts';

/** An error GitHub reports with a `type`, e.g. NOT_FOUND. */
export class GitHubTypedError extends Error {
  readonly type: string;
  constructor(type: string, message: string) {
    super(message);
    this.type = type;
  }
}

/** The points budget of one token. */
export interface RateLimitState {
  limit: number;
  used: number;
  resetAt: Date;
}

interface QueryContext {
  cost: number;
  nodeCount: number;
  rateLimit: RateLimitState;
}

interface IssuesArgs extends ConnectionArgs {
  labels?: string[] | null;
  states?: string[] | null;
  orderBy?: { field: string; direction: 'ASC' | 'DESC' } | null;
  filterBy?: { since?: string | null; labels?: string[] | null; states?: string[] | null } | null;
}

function presentActor(actor: FakeActor | null) {
  return actor === null ? null : { __typename: actor.type, login: actor.login };
}

function presentComment(repo: FakeRepo, issue: FakeIssue, comment: FakeComment) {
  return {
    __typename: 'IssueComment',
    id: commentNodeId(comment.databaseId),
    databaseId: comment.databaseId,
    url: `${buildIssueUrl(repo, issue)}#issuecomment-${comment.databaseId}`,
    author: presentActor(comment.author),
    body: comment.body,
    createdAt: comment.createdAt,
    updatedAt: comment.updatedAt,
    isMinimized: comment.isMinimized,
    minimizedReason: comment.minimizedReason,
  };
}

function buildIssueUrl(repo: FakeRepo, issue: FakeIssue): string {
  return `https://github.com/${repo.owner}/${repo.name}/issues/${issue.number}`;
}

function presentIssue(repo: FakeRepo, issue: FakeIssue) {
  return {
    __typename: 'Issue',
    id: issueNodeId(repo.owner, repo.name, issue.number),
    number: issue.number,
    title: issue.title,
    body: issue.body,
    url: buildIssueUrl(repo, issue),
    state: issue.state,
    author: presentActor(issue.author),
    createdAt: issue.createdAt,
    updatedAt: issue.updatedAt,
    closedAt: issue.closedAt,
    lastEditedAt: issue.lastEditedAt,
    labels: (args: ConnectionArgs) =>
      paginate(
        [...issue.labels].sort().map((name) => ({ __typename: 'Label', name })),
        args,
        (label) => label.name,
      ),
    comments: (args: ConnectionArgs) =>
      paginate(
        issue.comments.map((comment) => presentComment(repo, issue, comment)),
        args,
        (comment) => String(comment.databaseId).padStart(15, '0'),
      ),
  };
}

const SORT_FIELDS: Record<string, (issue: FakeIssue) => string> = {
  CREATED_AT: (issue) => issue.createdAt,
  UPDATED_AT: (issue) => issue.updatedAt,
  COMMENTS: (issue) => String(issue.comments.length).padStart(9, '0'),
};

function listIssues(repo: FakeRepo, args: IssuesArgs) {
  const labels = args.filterBy?.labels ?? args.labels ?? null;
  const states = args.filterBy?.states ?? args.states ?? null;
  const since = args.filterBy?.since ? Date.parse(args.filterBy.since) : null;
  const field = SORT_FIELDS[args.orderBy?.field ?? 'CREATED_AT'] ?? SORT_FIELDS['CREATED_AT']!;
  const keyOf = (issue: FakeIssue) => `${field(issue)}|${String(issue.number).padStart(9, '0')}`;
  const descending = args.orderBy?.direction === 'DESC';
  const selected = repo.issues
    // GitHub matches label names case-insensitively.
    .filter((issue) => labels === null || issue.labels.some((label) => labels.some((wanted) => wanted.toLowerCase() === label.toLowerCase())))
    .filter((issue) => states === null || states.includes(issue.state))
    .filter((issue) => since === null || Date.parse(issue.updatedAt) >= since)
    .sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0) * (descending ? -1 : 1));
  const page = paginate(selected, args, keyOf, descending);
  return { ...page, nodes: page.nodes.map((issue) => presentIssue(repo, issue)), edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: presentIssue(repo, edge.node) })) };
}

/** The root value for graphql-js `execute`: Query fields the sync (and similar tools) use. */
export function createRootValue(world: FakeWorld) {
  return {
    viewer: () => ({ __typename: 'User', login: 'fake-user' }),
    rateLimit: (_args: unknown, context: QueryContext) => ({
      cost: context.cost,
      limit: context.rateLimit.limit,
      nodeCount: context.nodeCount,
      remaining: context.rateLimit.limit - context.rateLimit.used,
      used: context.rateLimit.used,
      resetAt: context.rateLimit.resetAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    }),
    repository: (args: { owner: string; name: string }) => {
      const repo = world.repos.find(
        (candidate) => candidate.owner.toLowerCase() === args.owner.toLowerCase() && candidate.name.toLowerCase() === args.name.toLowerCase(),
      );
      if (!repo) throw new GitHubTypedError('NOT_FOUND', `Could not resolve to a Repository with the name '${args.owner}/${args.name}'.`);
      return {
        __typename: 'Repository',
        name: repo.name,
        nameWithOwner: `${repo.owner}/${repo.name}`,
        url: `https://github.com/${repo.owner}/${repo.name}`,
        issues: (issueArgs: IssuesArgs) => listIssues(repo, issueArgs),
        issue: (issueArgs: { number: number }) => {
          const issue = repo.issues.find((candidate) => candidate.number === issueArgs.number);
          if (!issue) throw new GitHubTypedError('NOT_FOUND', `Could not resolve to an Issue with the number of ${issueArgs.number}.`);
          return presentIssue(repo, issue);
        },
      };
    },
  };
}

export type { QueryContext };
