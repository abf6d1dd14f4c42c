import { z } from 'astro/zod';

const RepoNameSchema = z
  .string()
  .regex(/^[\w.-]+\/[\w.-]+$/, 'expected "owner/name", for example "acme/planning"');

/** One canonical team and the other names it has been posted under. */
export const TeamConfigSchema = z.strictObject({
  /** Display name of the team, e.g. "Platform". */
  name: z.string().min(1),
  /** Other names the team has used in its headings; matched case-insensitively, without the word "Team". */
  aliases: z.array(z.string().min(1)).default([]),
});

/** The archive's settings: `archive.config.json` in the archive directory. Every key is optional. */
export const ArchiveConfigSchema = z.strictObject({
  /** Editor hint; ignored. */
  $schema: z.string().optional(),
  /** Site title shown in the header, feeds and `<title>`. */
  title: z.string().min(1).default('Sprint archive'),
  /** One-sentence description for the home page and feeds. */
  description: z.string().default('Every sprint, every team, every OKR: the searchable history of our sprint planning issues.'),
  /** Repositories whose sprint issues are synced, as "owner/name". */
  repos: z.array(RepoNameSchema).default([]),
  /** Label that marks an issue as a sprint issue. */
  label: z.string().min(1).default('sprint'),
  /** Canonical teams keyed by slug (lowercase, hyphenated); joins renamed teams onto one timeline. */
  teams: z
    .record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'team slugs are lowercase letters, digits and hyphens'), TeamConfigSchema)
    .default({}),
  /** People's other spellings (plain names, old handles) keyed by GitHub login. */
  people: z.record(z.string().min(1), z.array(z.string().min(1))).default({}),
  /** Where the site is published; the SITE_URL and BASE_PATH environment variables override these. */
  site: z
    .strictObject({
      /** Absolute origin, e.g. "https://acme.github.io". */
      url: z.url().optional(),
      /** Sub-path the site is served under, e.g. "/sprints/". */
      base: z.string().startsWith('/').optional(),
    })
    .default({}),
});

export type ArchiveConfig = z.output<typeof ArchiveConfigSchema>;
export type TeamConfig = z.output<typeof TeamConfigSchema>;

/** The config file's name inside an archive directory. */
export const CONFIG_FILE_NAME = 'archive.config.json';
