/** Turns bench figures into the printed table and the PASS/FAIL verdicts against the targets. */
import type { BenchResult } from './run-bench.ts';

export interface Verdict {
  target: string;
  measured: string;
  /** null: not measured in this run (reason in `measured`). */
  pass: boolean | null;
}

/** The 10× archive is 1,300 sprints × 12 teams. */
const TEN_X_SPRINTS = 1300;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
/** Ours, with its ratio to Starlight's: a figure the machine's other tenants move less than wall time. */
const cpu = (ms: number, baseline: number | undefined) => (baseline ? `${sec(ms)} (${(ms / baseline).toFixed(2)}×)` : sec(ms));

/** Each target of the issue, judged on this run's figures. */
export function judge(result: BenchResult): Verdict[] {
  const { ours, starlight, bare } = result;
  const verdicts: Verdict[] = [];
  if (starlight) {
    const ratio = ours.medianMs / starlight.medianMs;
    verdicts.push({ target: 'build time ≤ 0.8× Starlight', measured: `${ratio.toFixed(2)}× (${sec(ours.medianMs)} vs ${sec(starlight.medianMs)})`, pass: ratio <= 0.8 });
    const pages = ours.pages / starlight.pages;
    verdicts.push({ target: 'pages ≥ 3× Starlight', measured: `${pages.toFixed(2)}× (${ours.pages} vs ${starlight.pages})`, pass: pages >= 3 });
  } else {
    verdicts.push({ target: 'build time ≤ 0.8× Starlight', measured: 'not measured (Starlight not built this run)', pass: null });
    verdicts.push({ target: 'pages ≥ 3× Starlight', measured: 'not measured (Starlight not built this run)', pass: null });
  }
  verdicts.push({
    target: 'sprint page gzip ≤ 1.2× bare Astro page',
    measured: `${bare.medianGzipRatio.toFixed(2)}× median over ${bare.sample} sprints (${kb(ours.sprintHtml.medianGzip)} vs ${kb(bare.medianGzip)})`,
    pass: bare.medianGzipRatio <= 1.2,
  });
  if ('error' in ours.firstSearch) {
    verdicts.push({ target: 'first search < 100 KB transferred', measured: `search failed: ${ours.firstSearch.error}`, pass: false });
  } else {
    const search = ours.firstSearch;
    verdicts.push({
      target: 'first search < 100 KB transferred',
      measured: `${kb(search.bytes)} in ${search.requests} requests (${search.results} result links)`,
      pass: search.bytes < 100 * 1024 && search.results > 0,
    });
  }
  const tenX = result.options.sprints >= TEN_X_SPRINTS;
  const why = `not measured (run with --scale 10; this run has ${result.options.sprints} sprints)`;
  verdicts.push({ target: '10× archive builds in < 90 s', measured: tenX ? sec(ours.medianMs) : why, pass: tenX ? ours.medianMs < 90_000 : null });
  verdicts.push({ target: '10× archive peaks under 2 GB RSS', measured: tenX ? `${mib(ours.peakRssBytes)} (largest process ${mib(ours.peakProcessRssBytes)})` : why, pass: tenX ? ours.peakRssBytes < 2 * 1024 ** 3 : null });
  return verdicts;
}

/** The human-readable report. */
export function formatReport(result: BenchResult, verdicts: Verdict[]): string {
  const { ours, starlight, bare, archive, options } = result;
  const rows: [string, string, string][] = [
    ['', 'ours', 'Starlight'],
    ['build wall time (median, cold)', sec(ours.medianMs), starlight ? sec(starlight.medianMs) : '-'],
    ['  each run', ours.runsMs.map(sec).join(', '), starlight ? starlight.runsMs.map(sec).join(', ') : '-'],
    ['build CPU time, user + system (median)', cpu(ours.medianCpuMs, starlight?.medianCpuMs), starlight ? sec(starlight.medianCpuMs) : '-'],
    ['peak RSS, process tree (largest process)', `${mib(ours.peakRssBytes)} (${mib(ours.peakProcessRssBytes)})`, starlight ? `${mib(starlight.peakRssBytes)} (${mib(starlight.peakProcessRssBytes)})` : '-'],
    ['pages (HTML files)', String(ours.pages), starlight ? String(starlight.pages) : '-'],
    ['sprint page HTML, median raw', kb(ours.sprintHtml.medianRaw), starlight ? kb(starlight.sprintHtml.medianRaw) : '-'],
    ['sprint page HTML, median gzip', kb(ours.sprintHtml.medianGzip), starlight ? kb(starlight.sprintHtml.medianGzip) : '-'],
    ['JS per page on load, median raw (max)', `${kb(ours.jsPerPage.medianRaw)} (${kb(ours.jsPerPage.maxRaw)})`, starlight ? `${kb(starlight.jsPerPage.medianRaw)} (${kb(starlight.jsPerPage.maxRaw)})` : '-'],
    ['search bundle (files), of which index', `${kb(ours.search.bytes)} (${ours.search.files}), ${kb(ours.search.indexBytes)}`, starlight ? `${kb(starlight.search.bytes)} (${starlight.search.files}), ${kb(starlight.search.indexBytes)}` : '-'],
    ['first search transferred (requests)', firstSearch(ours.firstSearch), starlight ? firstSearch(starlight.firstSearch) : '-'],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const col = Math.max(...rows.map(([, value]) => value.length));
  const lines = [
    '',
    `sprint-archive bench: ${options.sprints} sprints × ${options.teams} teams, seed ${options.seed}, ${options.runs} cold run(s) each`,
    `archive: ${archive.issues} issues, ${archive.comments} comments, ${(archive.markdownBytes / 1e6).toFixed(1)} MB of Markdown`,
    '',
    ...rows.map(([label, a, b]) => `${label.padEnd(width)}  ${a.padEnd(col)}  ${b}`),
    '',
    `bare Astro page of the same Markdown (${bare.sample} sprints): median ${kb(bare.medianRaw)} raw, ${kb(bare.medianGzip)} gzip`,
    '',
    'targets:',
    ...verdicts.map((verdict) => `  ${verdict.pass === null ? 'n/a ' : verdict.pass ? 'PASS' : 'FAIL'}  ${verdict.target}: ${verdict.measured}`),
    '',
  ];
  return lines.join('\n');
}

function firstSearch(search: BenchResult['ours']['firstSearch']): string {
  if ('error' in search) return `failed: ${search.error.slice(0, 60)}`;
  return `${kb(search.bytes)} (${search.requests})${search.results === 0 ? ' NO RESULTS' : ''}`;
}
