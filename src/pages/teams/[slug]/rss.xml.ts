import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { renderComment } from '../../../lib/site/comments.ts';
import { loadArchive } from '../../../lib/site/load-archive.ts';
import { sprintPath, teamPath } from '../../../lib/site/urls.ts';
import { indexArchive } from '../../../lib/site/views.ts';

/** One feed per team. */
export async function getStaticPaths() {
  const { model } = await loadArchive();
  return model.teams.map((team) => ({ params: { slug: team.slug } }));
}

/** Feed of one team's updates, newest first, each with its sanitized comment as content. */
export async function GET(context: APIContext) {
  const { config, model, commentsById } = await loadArchive();
  const { teamsBySlug, sprintsById } = indexArchive(model);
  const team = teamsBySlug.get(String(context.params['slug']))!;
  const site = context.site ?? new URL('http://localhost/');
  const entries = [...team.entries].reverse().slice(0, 50);
  return rss({
    title: `${team.name} · ${config.title}`,
    description: `Sprint updates of team ${team.name}.`,
    site: new URL(teamPath(team.slug), site).href,
    trailingSlash: true,
    items: entries.map((entry) => {
      const sprint = sprintsById.get(entry.sprintId);
      const update = sprint?.updates.find((candidate) => candidate.anchor === entry.anchor);
      const comment = update && commentsById.get(update.commentId);
      return {
        title: `${entry.teamName}: ${sprint?.title ?? entry.sprintId}`,
        link: new URL(sprintPath(entry.sprintSlug, entry.anchor), site).href,
        pubDate: new Date(update?.createdAt ?? sprint?.createdAt ?? 0),
        ...(comment ? { content: renderComment(comment) } : {}),
      };
    }),
  });
}
