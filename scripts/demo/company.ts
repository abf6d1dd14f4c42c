/**
 * Kittiwake Logistics, the demo's fictional company: who works there, which teams exist, what they
 * build and what each team's writing habits are. Every name and phrase here is invented.
 */
import type { Random } from './random.ts';
import type { TeamVoice } from './voice.ts';

export const DEMO_OWNER = 'kittiwake-hq';
export const DEMO_REPO = 'sprints';

export interface DemoPerson {
  login: string;
  /** How teammates write the person's name when they do not use the handle. */
  first: string;
}

export interface TeamRename {
  /** The name used before the rename. */
  from: string;
  /** Fraction of the timeline (0–1) at which the new name takes over. */
  at: number;
  /** 'config': joined by an alias in archive.config.json; 'heuristic': only struck-through headings link the names. */
  joinedBy: 'config' | 'heuristic';
}

export interface TeamObjective {
  title: string;
  results: string[];
}

export interface DemoTeam {
  /** Canonical slug, the key in archive.config.json. */
  slug: string;
  /** Current name. */
  name: string;
  rename: TeamRename | null;
  people: DemoPerson[];
  /** Things the team works on, phrased to follow a verb ("the carrier rate cache"). */
  topics: string[];
  /** Quarterly objectives the team draws from, each with key results. */
  objectives: TeamObjective[];
  /** Code repository the team links issues and PRs from. */
  codeRepo: string;
  voice: TeamVoice;
  /** Subtitles, backronyms and joke names the team puts in its heading. */
  flair: { subtitles: string[]; backronyms: string[]; jokeNames: string[] };
}

/** Verbs that open a work item. */
export const ITEM_VERBS = ['Ship', 'Finish', 'Prototype', 'Fix', 'Benchmark', 'Migrate', 'Document', 'Spike on', 'Roll out', 'Clean up', 'Instrument', 'Review'];

const FIRST_NAMES = [
  'Ines', 'Tobiah', 'Marisol', 'Kwame', 'Linnea', 'Oskar', 'Priya', 'Dario', 'Yuki', 'Femke', 'Rafael', 'Sunniva',
  'Caspian', 'Adaeze', 'Hollis', 'Mirela', 'Teodor', 'Zainab', 'Bram', 'Odette', 'Kenji', 'Leocadia', 'Niamh', 'Ravi',
  'Solveig', 'Thiago', 'Wren', 'Ylva', 'Anouk', 'Bastian', 'Cordelia', 'Emeka', 'Grete', 'Ilse', 'Jovan', 'Kalani',
];
const LAST_NAMES = [
  'Okonkwo', 'Vasquez', 'Lindqvist', 'Haddad', 'Moreau', 'Tanaka', 'Brennan', 'Kowalczyk', 'Achterberg', 'Petrov',
  'Nakamura', 'Ferreira', 'Mbeki', 'Halloran', 'Stavros', 'Quist', 'Arcuri', 'Domingo', 'Eklund', 'Farouk',
];
const EXTRA_TEAM_NAMES = [
  'Beacon', 'Keel', 'Rudder', 'Mooring', 'Compass', 'Sextant', 'Bollard', 'Capstan', 'Lantern', 'Tiller', 'Buoy', 'Jetty',
  'Quay', 'Pilot', 'Rigging', 'Sounding', 'Wake', 'Ballast', 'Hull', 'Mast', 'Cleat', 'Davit', 'Gangway', 'Scupper',
];
const EXTRA_TOPICS = [
  'the nightly export job', 'the settings page', 'the audit log', 'flaky end-to-end tests', 'the on-call runbook',
  'the search index', 'error budgets', 'the CSV importer', 'webhook retries', 'the admin console', 'the feature flag cleanup',
  'the staging data refresh', 'the `retry_after` handling', 'dashboard load time', 'the customer-facing changelog',
  'the permissions model', 'alert noise', 'the schema migration', 'the SDK release notes', 'the weekly metrics email',
];
const EXTRA_OBJECTIVES: TeamObjective[] = [
  { title: 'Make the product boringly reliable', results: ['Zero sev-1 incidents', 'Page on-call at most twice a week', 'Runbook for every alert'] },
  { title: 'Cut the time it takes to ship a change', results: ['CI under 12 minutes', 'Deploy on every merge', 'Preview environments for every PR'] },
  { title: 'Understand our users better', results: ['Talk to 10 customers', 'Instrument the top 5 flows', 'Publish one insight per sprint'] },
  { title: 'Pay down the scariest debt', results: ['Delete the legacy queue', 'Upgrade the ORM', 'Document the ownership of every service'] },
];

function createPerson(first: string, last: string, style: number): DemoPerson {
  const login = [
    `${first}-${last}`.toLowerCase(),
    `${first[0]}${last}`.toLowerCase(),
    `${first.toLowerCase()}${last.length}`,
    `${first}${last[0]}`,
  ][style % 4] as string;
  return { login, first };
}

/** Creates a team's members; `offset` keeps names distinct across generated teams. */
function createPeople(random: Random, count: number, offset: number): DemoPerson[] {
  const people: DemoPerson[] = [];
  for (let i = 0; i < count; i++) {
    const n = offset + i;
    const first = FIRST_NAMES[n % FIRST_NAMES.length] as string;
    const round = Math.floor(n / FIRST_NAMES.length);
    const last = LAST_NAMES[(n * 7 + round) % LAST_NAMES.length] as string;
    const person = createPerson(first, last, random.int(0, 3));
    people.push(round === 0 ? person : { login: `${person.login}${round + 1}`, first });
  }
  return people;
}

/** A generated team beyond the eight hand-written ones; index counts from 0 for the first extra team. */
export function createExtraTeam(random: Random, index: number, voice: TeamVoice): DemoTeam {
  const base = EXTRA_TEAM_NAMES[index % EXTRA_TEAM_NAMES.length] as string;
  const round = Math.floor(index / EXTRA_TEAM_NAMES.length);
  const name = round === 0 ? base : `${base} ${round + 1}`;
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    slug,
    name,
    rename: null,
    people: createPeople(random, random.int(3, 6), 40 + index * 6),
    topics: random.shuffle(EXTRA_TOPICS).slice(0, 14),
    objectives: EXTRA_OBJECTIVES,
    codeRepo: `${DEMO_OWNER}/${slug}`,
    voice,
    flair: { subtitles: [`steady as she goes`, `now with ${random.int(2, 9)}% more ${base.toLowerCase()}`], backronyms: [], jokeNames: [] },
  };
}

/** The names of the eight hand-written teams' members, fixed so the demo reads like a real company. */
export function createCoreTeams(voices: Record<string, TeamVoice>): DemoTeam[] {
  const p = (login: string, first: string): DemoPerson => ({ login, first });
  const voice = (slug: string): TeamVoice => {
    const found = voices[slug];
    if (!found) throw new Error(`no voice for team ${slug}`);
    return found;
  };
  return [
    {
      slug: 'dispatch',
      name: 'Dispatch',
      rename: null,
      people: [p('ines-okonkwo', 'Ines'), p('tvasquez', 'Tobiah'), p('marisol-l', 'Marisol'), p('kwame-h', 'Kwame'), p('linmoreau', 'Linnea')],
      topics: [
        'route re-optimisation when a driver is late', 'the dispatcher map clustering', 'multi-depot assignment', 'the ETA confidence band',
        'drag-and-drop stop reordering', 'the `eta_cache` eviction policy', 'time-window violations report', 'bulk reassign from the board',
        'the load-balancing heuristic', 'keyboard shortcuts on the board', 'the overnight plan solver', 'break-time rules per region',
        'the dispatcher activity feed', 'route templates for recurring customers', 'the "why this route" explainer', 'cross-dock transfers',
      ],
      objectives: [
        { title: 'Dispatchers plan a full day in under 10 minutes', results: ['Median planning session below 10 min', 'Bulk actions cover the top 5 manual edits', 'Board loads in under 1.5 s with 400 stops'] },
        { title: 'Routes that survive the real world', results: ['Re-optimise within 30 s of a delay', 'ETA error p90 under 12 minutes', 'Time-window violations down 25%'] },
        { title: 'Scale to the first 1,000-driver customer', results: ['Solver handles 1,000 drivers in one run', 'Load test the board at 5x', 'No full-table scans on the stops table'] },
        { title: 'Make dispatch explainable', results: ['Explain every automatic reassignment', 'Audit trail for manual overrides'] },
        { title: 'Retire the legacy route planner', results: ['Move the last 12 customers off v1', 'Delete the v1 solver service'] },
      ],
      codeRepo: `${DEMO_OWNER}/dispatch-console`,
      voice: voice('dispatch'),
      flair: { subtitles: ['always on time', 'now with fewer left turns', 'the map is not the territory'], backronyms: [], jokeNames: [] },
    },
    {
      slug: 'billing',
      name: 'Billing',
      rename: { from: 'Payments', at: 0.42, joinedBy: 'config' },
      people: [p('odette-q', 'Odette'), p('kenjitanaka', 'Kenji'), p('zainab-farouk', 'Zainab'), p('bram8', 'Bram')],
      topics: [
        'usage-based invoices for fuel surcharges', 'the dunning email sequence', 'proration on mid-month plan changes', 'the invoice PDF layout',
        'tax IDs for EU customers', 'the payment retry scheduler', 'credit notes in the admin console', 'the revenue dashboard',
        'the `ledger_entries` backfill', 'Stripe webhook idempotency', 'annual plan discounts', 'the billing contact role',
        'currency rounding in quotes', 'the self-serve upgrade flow',
      ],
      objectives: [
        { title: 'Every invoice is right the first time', results: ['Invoice disputes below 0.5%', 'Reconcile ledger and processor nightly', 'Zero manual credit notes for rounding'] },
        { title: 'Customers can upgrade without talking to us', results: ['Self-serve upgrade for all plans', 'Proration shown before confirming'] },
        { title: 'Get paid faster', results: ['Days sales outstanding under 30', 'Retry failed cards on a smart schedule', 'Dunning emails localised in 4 languages'] },
        { title: 'Launch usage-based pricing', results: ['Meter fuel surcharges per stop', 'Usage shown live in the console', 'Migrate the beta customers'] },
      ],
      codeRepo: `${DEMO_OWNER}/billing`,
      voice: voice('billing'),
      flair: { subtitles: ['show me the money'], backronyms: [], jokeNames: [] },
    },
    {
      slug: 'harbor',
      name: 'Harbor',
      rename: null,
      people: [p('caspian-e', 'Caspian'), p('adaeze-m', 'Adaeze'), p('hollis-h', 'Hollis'), p('mirelap', 'Mirela'), p('teodor-s', 'Teodor')],
      topics: [
        'the Postgres 17 upgrade', 'Kafka consumer lag alerts', 'the Terraform module split', 'preview environments per PR',
        'the `pgbouncer` pool sizing', 'cost dashboards per service', 'the disaster recovery drill', 'the log retention policy',
        'node pool autoscaling', 'secrets rotation', 'the CI cache', 'the staging database refresh', 'the status page automation',
        'egress cost investigation', 'the incident review template',
      ],
      objectives: [
        { title: 'Nobody waits for infrastructure', results: ['Preview env in under 5 minutes', 'CI p50 under 8 minutes', 'Self-serve new service template'] },
        { title: 'Survive losing a region', results: ['Quarterly DR drill passes', 'RPO under 5 minutes for the main database', 'Runbooks for every tier-1 service'] },
        { title: 'Spend less on the cloud', results: ['Cut egress cost by 30%', 'Right-size the node pools', 'Cost dashboard per team'] },
        { title: 'Quiet on-call', results: ['Fewer than 15 pages per week', 'Every alert has an owner and a runbook'] },
      ],
      codeRepo: `${DEMO_OWNER}/harbor-infra`,
      voice: voice('harbor'),
      flair: { subtitles: ['keeping the lights on', 'we are the weather'], backronyms: [], jokeNames: [] },
    },
    {
      slug: 'apps',
      name: 'Apps',
      rename: null,
      people: [p('solveig-eklund', 'Solveig'), p('thiago-d', 'Thiago'), p('wren-arcuri', 'Wren'), p('ylvaf', 'Ylva'), p('anouk-b', 'Anouk')],
      topics: [
        'offline proof-of-delivery photos', 'the barcode scanner on older Android devices', 'push notification opt-in', 'the Dockside tablet login',
        'signature capture on iOS 19', 'app start time', 'crash-free sessions report', 'the driver shift summary screen',
        'dark mode for night shifts', 'the React Native upgrade', 'battery usage while tracking', 'in-app chat with dispatch',
        'the TestFlight release train', 'accessibility labels on the stop list',
      ],
      objectives: [
        { title: 'Drivers never lose work offline', results: ['Offline queue survives app restarts', 'Sync conflicts below 0.1%', 'POD photos upload in the background'] },
        { title: 'A faster, calmer app', results: ['Cold start under 2 s on mid-range Android', 'Crash-free sessions above 99.7%', 'Battery drain under 4%/hour'] },
        { title: 'Warehouse teams love Dockside', results: ['Scan-to-confirm in one tap', 'Tablet login with badge', 'NPS above 40 in the pilot'] },
      ],
      codeRepo: `${DEMO_OWNER}/driver-app`,
      voice: voice('apps'),
      flair: { subtitles: ['now in your pocket'], backronyms: [], jokeNames: [] },
    },
    {
      slug: 'lenses',
      name: 'Lenses',
      rename: { from: 'Insights', at: 0.55, joinedBy: 'heuristic' },
      people: [p('jovan-petrov', 'Jovan'), p('kalani-n', 'Kalani'), p('grete-s', 'Grete'), p('emeka-halloran', 'Emeka')],
      topics: [
        'the on-time delivery report', 'scheduled CSV exports', 'the metrics warehouse rebuild', 'driver scorecards',
        'the customer-facing dashboard embed', 'query timeouts on the 90-day view', 'the `daily_stop_facts` table', 'cohort charts for churn',
        'anomaly alerts on missed deliveries', 'the report builder filters', 'data freshness badges', 'the BI connector for customers',
      ],
      objectives: [
        { title: 'Customers answer their own questions', results: ['Report builder covers 80% of support asks', 'Embed dashboards in customer portals', 'Scheduled exports to S3 and email'] },
        { title: 'Trustworthy numbers', results: ['Data freshness under 15 minutes', 'Every metric has a written definition', 'Nightly reconciliation against billing'] },
        { title: 'Fast analytics at any size', results: ['p95 report load under 3 s', 'No query over 60 s on the 90-day view'] },
      ],
      codeRepo: `${DEMO_OWNER}/lenses`,
      voice: voice('lenses'),
      flair: { subtitles: ['seeing clearly'], backronyms: [], jokeNames: [] },
    },
    {
      slug: 'gantry',
      name: 'Gantry',
      rename: null,
      people: [p('ravi-brennan', 'Ravi'), p('niamh-k', 'Niamh'), p('leocadia-s', 'Leocadia'), p('bastian-q', 'Bastian')],
      topics: [
        'the Waybill API v3 pagination', 'carrier rate lookups', 'the Shopify connector', 'webhook signing secrets',
        'the OpenAPI spec publishing', 'rate limits per API key', 'the SAP IDoc importer', 'sandbox accounts for partners',
        'the API changelog page', 'idempotency keys on POST /shipments', 'the partner onboarding checklist', 'GraphQL schema deprecations',
      ],
      objectives: [
        { title: 'Partners integrate in a day', results: ['Sandbox signup without sales', 'Quickstart under 15 minutes', 'SDKs for TypeScript and Python'] },
        { title: 'An API we are proud of', results: ['v3 covers every v2 endpoint', 'Zero undocumented breaking changes', 'p99 latency under 400 ms'] },
        { title: 'More connectors, less glue', results: ['Ship the Shopify connector', 'SAP importer in beta with 2 customers'] },
      ],
      codeRepo: `${DEMO_OWNER}/waybill-api`,
      voice: voice('gantry'),
      flair: {
        subtitles: [],
        backronyms: ['GANTRY (Great APIs Need Tests, Really, Yes)', 'GANTRY: Getting All Numbers Through, Rarely Yelling'],
        jokeNames: [],
      },
    },
    {
      slug: 'onboarding',
      name: 'Onboarding',
      rename: null,
      people: [p('cordelia-m', 'Cordelia'), p('ilse-ferreira', 'Ilse'), p('dario-n', 'Dario'), p('femke-a', 'Femke'), p('rafael-s', 'Rafael')],
      topics: [
        'the signup wizard', 'sample data for new accounts', 'the welcome email series', 'the in-app checklist',
        'SSO for trial accounts', 'the import-your-drivers step', 'trial-to-paid nudges', 'the onboarding call booking widget',
        'activation funnel tracking', 'empty states across the console', 'the first-route tutorial', 'team invites',
      ],
      objectives: [
        { title: 'New accounts plan their first route on day one', results: ['Day-one activation above 45%', 'First route in under 20 minutes', 'Sample data on every new account'] },
        { title: 'Trials turn into customers', results: ['Trial-to-paid above 18%', 'Nudges at the three drop-off points'] },
        { title: 'Zero-touch onboarding for small fleets', results: ['No call needed under 25 drivers', 'Help center covers every setup step'] },
      ],
      codeRepo: `${DEMO_OWNER}/dispatch-console`,
      voice: voice('onboarding'),
      flair: { subtitles: ['first impressions'], backronyms: [], jokeNames: ['Welcome Wagon', 'Red Carpet', 'Hello World'] },
    },
    {
      slug: 'atlas',
      name: 'Atlas',
      rename: null,
      people: [p('leif-achterberg', 'Leif'), p('priya-stavros', 'Priya'), p('oskar-m', 'Oskar'), p('yuki-domingo', 'Yuki')],
      topics: [
        'geocoding for rural addresses', 'the tile server upgrade', 'traffic-aware travel times', 'the address autocomplete',
        'map matching for GPS traces', 'the `h3` index on stops', 'truck restrictions on bridges', 'what3words support',
        'the geofence editor', 'low-emission zone rules', 'reverse geocoding cache', 'offline map packs',
      ],
      objectives: [
        { title: 'Every address lands on the right door', results: ['Geocoding accuracy above 97%', 'Manual pin fixes down by half', 'Rural coverage in 3 new countries'] },
        { title: 'Travel times you can plan on', results: ['Traffic-aware matrix for all regions', 'Truck restrictions in routing', 'Matrix p95 under 800 ms'] },
        { title: 'Own our maps', results: ['Self-hosted tiles for all customers', 'Map cost per stop down 40%'] },
      ],
      codeRepo: `${DEMO_OWNER}/atlas-geo`,
      voice: voice('atlas'),
      flair: { subtitles: ['holding up the map', 'here be dragons'], backronyms: [], jokeNames: [] },
    },
  ];
}

