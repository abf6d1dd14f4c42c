import type { ArchiveConfig } from '../config/schema.ts';
import { measureTokenSimilarity, normalizeOkrTitle } from '../parse/okr-key.ts';
import { cleanTeamName, normalizeTeamName } from '../parse/team-identity.ts';
import type { Item, Sprint, Status, TeamUpdate } from '../parse/types.ts';
import type { TeamSprintEntry, TeamTimeline } from './types.ts';

/** Statuses that say an item was not finished. */
const UNFINISHED: ReadonlySet<Status> = new Set(['at-risk', 'off-track', 'not-done', 'in-progress', 'not-started', 'blocked']);
const SAME_ITEM_SIMILARITY = 0.6;

const tokenCache = new Map<string, Set<string>>();

function toTokens(text: string): Set<string> {
  let tokens = tokenCache.get(text);
  if (!tokens) {
    // Bounded so a long-lived process (astro dev) does not grow without limit.
    if (tokenCache.size > 50_000) tokenCache.clear();
    tokenCache.set(text, (tokens = new Set(normalizeOkrTitle(text).split(' ').filter((word) => word !== ''))));
  }
  return tokens;
}

/** Done vs judged retro items; rate null when nothing was judged. */
export function measureRetro(items: Item[]): TeamSprintEntry['retro'] {
  const retro = items.filter((item) => item.section === 'retro');
  const judged = retro.filter((item) => item.status !== 'unknown').length;
  const done = retro.filter((item) => item.status === 'done').length;
  return { done, judged, rate: judged === 0 ? null : done / judged };
}

/**
 * Items of an update that carry over from the previous plan: everything in its carry-over section,
 * and unfinished items matching (by text) an item planned high or low in the previous update.
 */
export function findCarryOver(previous: TeamUpdate | null, current: TeamUpdate): Item[] {
  const planned = (previous?.items ?? []).filter((item) => item.section === 'high' || item.section === 'low').map((item) => toTokens(item.text));
  const isPlanned = (item: Item) => {
    const tokens = toTokens(item.text);
    return planned.some((plan) => measureTokenSimilarity(tokens, plan) >= SAME_ITEM_SIMILARITY);
  };
  const carried = current.items.filter((item) => item.section === 'carry-over' || (UNFINISHED.has(item.status) && isPlanned(item)));
  // The same work judged in the retro and listed again under carry-over counts once, as carry-over.
  const listed = carried.filter((item) => item.section === 'carry-over').map((item) => toTokens(item.text));
  return carried.filter(
    (item) => item.section === 'carry-over' || !listed.some((tokens) => measureTokenSimilarity(toTokens(item.text), tokens) >= SAME_ITEM_SIMILARITY),
  );
}

function toEntry(sprint: Sprint, update: TeamUpdate, previous: TeamUpdate | null): TeamSprintEntry {
  return {
    sprintId: sprint.id,
    sprintSlug: sprint.slug,
    teamName: update.teamName,
    anchor: update.anchor,
    commentUrl: update.commentUrl,
    retro: measureRetro(update.items),
    okrs: update.okrs,
    high: update.items.filter((item) => item.section === 'high'),
    carryOver: findCarryOver(previous, update),
    supportHeroes: update.supportHeroes,
    away: update.away,
  };
}

/**
 * One timeline per team across every sprint and name: entries oldest first, and the sprints between
 * its first and last update (in the repos it posts in, among sprints any team posted in) it missed.
 */
export function deriveTeamTimelines(sprintsOldestFirst: Sprint[], config: ArchiveConfig): TeamTimeline[] {
  const timelines = new Map<string, TeamTimeline & { repos: Set<string>; last: TeamUpdate | null; seen: string[] }>();
  for (const sprint of sprintsOldestFirst) {
    for (const update of sprint.updates) {
      let timeline = timelines.get(update.team);
      if (!timeline) {
        timeline = { slug: update.team, name: '', names: [], entries: [], missed: [], repos: new Set(), last: null, seen: [] };
        timelines.set(update.team, timeline);
      }
      timeline.entries.push(toEntry(sprint, update, timeline.last));
      timeline.last = update;
      timeline.repos.add(sprint.repo);
      const name = cleanTeamName(update.teamName);
      if (!timeline.names.some((known) => normalizeTeamName(known) === normalizeTeamName(name))) timeline.names.push(name);
      if (!timeline.seen.includes(sprint.id)) timeline.seen.push(sprint.id);
    }
  }
  const withUpdates = sprintsOldestFirst.filter((sprint) => sprint.updates.length > 0);
  return [...timelines.values()]
    .map(({ repos, last, seen, ...timeline }) => {
      const first = withUpdates.findIndex((sprint) => sprint.id === seen[0]);
      const final = withUpdates.findIndex((sprint) => sprint.id === seen.at(-1));
      const missed = withUpdates
        .slice(first, final + 1)
        .filter((sprint) => repos.has(sprint.repo) && !seen.includes(sprint.id))
        .map((sprint) => sprint.id);
      const name = config.teams[timeline.slug]?.name ?? (last ? cleanTeamName(last.teamName) : timeline.slug);
      return { ...timeline, name, missed };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug));
}
