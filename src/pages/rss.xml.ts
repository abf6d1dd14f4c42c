import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { formatSprintDates } from '../lib/site/dates.ts';
import { loadArchive } from '../lib/site/load-archive.ts';
import { sitePath, sprintPath } from '../lib/site/urls.ts';

/** Feed of the newest sprints, one item per sprint. */
export async function GET(context: APIContext) {
  const { config, model } = await loadArchive();
  const site = context.site ?? new URL('http://localhost/');
  return rss({
    title: config.title,
    description: config.description,
    site: new URL(sitePath(), site).href,
    trailingSlash: true,
    items: model.sprints.slice(0, 50).map((sprint) => ({
      title: sprint.title,
      link: new URL(sprintPath(sprint.slug), site).href,
      pubDate: new Date(sprint.createdAt),
      description: `${formatSprintDates(sprint)}. ${sprint.updates.length} team updates${sprint.updates.length > 0 ? `: ${sprint.updates.map((update) => update.teamName).join(', ')}` : ''}.`,
    })),
  });
}
