// Underscore: Astro does not turn this helper into a route.
import type { ExportPaths } from '../../lib/model/export.ts';
import { okrPath, personPath, sprintPath, teamPath } from '../../lib/site/urls.ts';

/** The export's links, through the site's own path helpers so a configured base applies. */
export const sitePaths: ExportPaths = {
  sprint: (slug) => sprintPath(slug),
  update: (slug, anchor) => sprintPath(slug, anchor),
  team: (slug) => teamPath(slug),
  okrs: (team, quarter) => okrPath(team, quarter),
  person: (id) => personPath(id),
};
