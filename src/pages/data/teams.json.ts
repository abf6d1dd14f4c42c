import { buildTeamsExport, serializeExport } from '../../lib/model/export.ts';
import { loadArchive } from '../../lib/site/load-archive.ts';
import { sitePaths } from './_site-paths.ts';

/** /data/teams.json: the public export (schema in docs/export.md). */
export async function GET(): Promise<Response> {
  const { model, config } = await loadArchive();
  return new Response(serializeExport(buildTeamsExport(model, config, sitePaths)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
