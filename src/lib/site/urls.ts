/** Site paths. Every internal link goes through here so a `base` such as GitHub Pages' "/repo/" applies everywhere. */

const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** Prefixes a site path ("sprints/x/") with the configured base; paths keep their trailing slash. */
export function sitePath(path = ''): string {
  return BASE + path.replace(/^\//, '');
}

/** Page of one sprint; add `#anchor` for a team section. */
export function sprintPath(slug: string, anchor?: string): string {
  return sitePath(`sprints/${slug}/`) + (anchor ? `#${anchor}` : '');
}

/** Page of one team. */
export function teamPath(slug: string): string {
  return sitePath(`teams/${slug}/`);
}

/** Quarter as it appears in URLs: "2025-Q3" → "2025-q3". */
export function quarterSlug(quarter: string): string {
  return quarter.toLowerCase();
}

/** OKR history of one team in one quarter. */
export function okrPath(team: string, quarter: string): string {
  return sitePath(`okrs/${team}/${quarterSlug(quarter)}/`);
}

/** URL segment of a person: a GitHub login as is, a plain name lowercased and hyphenated. */
export function personSlug(id: string): string {
  if (/^[A-Za-z0-9-]+$/.test(id)) return id;
  return id.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'unnamed';
}

/** Page of one person. */
export function personPath(id: string): string {
  return sitePath(`people/${personSlug(id)}/`);
}
