/**
 * The data a fake GitHub serves: repositories with issues and comments, in the shape GitHub stores
 * them. Tests build small worlds by hand; `scripts/demo` generates the demo company's world.
 */

export interface FakeActor {
  login: string;
  /** GraphQL __typename of the actor. */
  type: 'User' | 'Bot';
}

export interface FakeComment {
  /** REST id, unique across the whole world. */
  databaseId: number;
  /** null: the author's account was deleted ("ghost"). */
  author: FakeActor | null;
  body: string;
  createdAt: string;
  updatedAt: string;
  isMinimized: boolean;
  minimizedReason: string | null;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'OPEN' | 'CLOSED';
  author: FakeActor | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  lastEditedAt: string | null;
  labels: string[];
  /** In creation order. */
  comments: FakeComment[];
}

export interface FakeRepo {
  owner: string;
  name: string;
  issues: FakeIssue[];
}

export interface FakeWorld {
  repos: FakeRepo[];
}

/** GraphQL node id the fake serves for a comment; demo and fake server agree on it. */
export function commentNodeId(databaseId: number): string {
  return `IC_kwFake${databaseId}`;
}

/** GraphQL node id the fake serves for an issue. */
export function issueNodeId(owner: string, name: string, number: number): string {
  return `I_kwFake${owner}_${name}_${number}`;
}
