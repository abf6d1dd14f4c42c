import { z } from 'astro/zod';
import { STATUSES, SECTIONS } from '../types.ts';

/** One captured sprint issue (`DIR/issues/*.json`). */
export const CorpusIssueSchema = z.object({
  /** Sprint title, dates written in it. */
  title: z.string(),
  /** ISO timestamp; the year of dates without one is inferred from it. */
  createdAt: z.string(),
  /** The issue body, often holding the comment template in a code fence. */
  description: z.string().nullable().default(''),
  comments: z.array(
    z.object({
      author: z.string().nullable(),
      body: z.string(),
      /** False when the excerpt was cut off at the end. */
      complete: z.boolean().default(true),
    }),
  ),
});
export type CorpusIssue = z.output<typeof CorpusIssueSchema>;

const StatusSchema = z.enum(STATUSES);

/** What a careful human read out of one comment (`DIR/labels/*.json`, see labels/GUIDE.md). */
export const CommentLabelSchema = z.object({
  /** Position in the issue's comments. */
  index: z.number().int().nonnegative(),
  isTeamUpdate: z.boolean(),
  team: z.string().nullable(),
  /** Other acceptable names for the team. */
  teamAliases: z.array(z.string()).default([]),
  supportHeroes: z.array(z.string()).default([]),
  away: z.array(z.string()).default([]),
  /** First ~60 characters of each objective / key result, in order. */
  okrs: z.array(z.object({ text: z.string(), status: StatusSchema })).default([]),
  items: z
    .array(z.object({ section: z.enum(SECTIONS), text: z.string(), status: StatusSchema, owners: z.array(z.string()).default([]) }))
    .default([]),
});
export type CommentLabel = z.output<typeof CommentLabelSchema>;

/** Labels of one issue. */
export const IssueLabelSchema = z.object({
  sprint: z.object({ start: z.string().nullable(), end: z.string().nullable() }).nullable(),
  comments: z.array(CommentLabelSchema),
});
export type IssueLabel = z.output<typeof IssueLabelSchema>;
