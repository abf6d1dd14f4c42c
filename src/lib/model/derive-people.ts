import type { ArchiveConfig } from '../config/schema.ts';
import type { Sprint } from '../parse/types.ts';
import type { Person } from './types.ts';

/** Resolves a name as written to a person id: config people aliases first, else the name without "@". */
export function createPersonResolver(config: ArchiveConfig): (name: string) => { id: string; isLogin: boolean } | null {
  const byAlias = new Map<string, string>();
  for (const [login, aliases] of Object.entries(config.people)) {
    byAlias.set(login.toLowerCase(), login);
    for (const alias of aliases) byAlias.set(alias.replace(/^@/u, '').toLowerCase(), login);
  }
  const resolved = new Map<string, { id: string; isLogin: boolean } | null>();
  const resolve = (name: string) => {
    const bare = name.trim().replace(/^@/u, '');
    if (bare === '') return null;
    const login = byAlias.get(bare.toLowerCase());
    if (login) return { id: login, isLogin: true };
    // Logins have no spaces and are usually typed in lowercase; plain first names are capitalised.
    return { id: bare, isLogin: /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/u.test(bare) };
  };
  return (name) => {
    if (!resolved.has(name)) resolved.set(name, resolve(name));
    const person = resolved.get(name)!;
    return person && { ...person };
  };
}

/** What each person owned, when they were support hero and when they were away, people sorted by id. */
export function derivePeople(sprintsOldestFirst: Sprint[], config: ArchiveConfig): Person[] {
  const resolve = createPersonResolver(config);
  const people = new Map<string, Person>();
  const personOf = (name: string): Person | null => {
    const resolved = resolve(name);
    if (!resolved) return null;
    const key = resolved.id.toLowerCase();
    let person = people.get(key);
    if (!person) people.set(key, (person = { ...resolved, items: [], supportHero: [], away: [] }));
    // "Ana" seen before "ana": the login spelling names the person.
    else if (resolved.isLogin && !person.isLogin) Object.assign(person, resolved);
    return person;
  };
  for (const sprint of sprintsOldestFirst) {
    for (const update of sprint.updates) {
      const at = { sprintId: sprint.id, team: update.team };
      for (const item of update.items) {
        for (const owner of new Set(item.owners)) personOf(owner)?.items.push({ ...at, anchor: update.anchor, item });
      }
      for (const hero of new Set(update.supportHeroes)) personOf(hero)?.supportHero.push(at);
      for (const name of new Set(update.away)) personOf(name)?.away.push(at);
    }
  }
  return [...people.values()].sort((a, b) => a.id.toLowerCase().localeCompare(b.id.toLowerCase()));
}
