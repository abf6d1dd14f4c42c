import { describe, expect, it } from 'vitest';
import type { TeamTimeline } from '../../src/lib/model/types.ts';
import type { Sprint } from '../../src/lib/parse/types.ts';
import { formatQuarter, formatSprintDates, groupBy } from '../../src/lib/site/dates.ts';
import { countStatuses, describeStatus, summarizeCounts } from '../../src/lib/site/status.ts';
import { okrPath, personPath, personSlug, sprintPath } from '../../src/lib/site/urls.ts';
import { buildTeamGrid, updateStatuses } from '../../src/lib/site/views.ts';

const sprint = (id: string): Sprint =>
  ({ id, slug: id, repo: 'a/b', number: 1, title: id, url: '', state: 'CLOSED', start: '2024-07-01', end: '2024-07-12', quarter: '2024-Q3', createdAt: '2024-06-30T00:00:00Z', closedAt: null, updates: [], comments: [] }) as Sprint;

describe('site views', () => {
  it('flags a missed update only where the team was active', () => {
    const team = { slug: 'web', name: 'Web', names: ['Web'], missed: ['s2'], entries: [{ sprintId: 's1', anchor: 'team-web', teamName: 'Web' }] } as unknown as TeamTimeline;
    const [row] = buildTeamGrid([team], [sprint('s3'), sprint('s2'), sprint('s1')]);
    expect(row!.cells).toEqual([{ kind: 'inactive' }, { kind: 'missed' }, { kind: 'posted', anchor: 'team-web', teamName: 'Web' }]);
  });

  it('counts OKR and item statuses, nested key results included, unknown left out', () => {
    const statuses = updateStatuses({
      okrs: [{ key: 'o', title: 'O', status: 'on-track', children: [{ key: 'k', title: 'K', status: 'at-risk', children: [] }] }],
      items: [{ section: 'high', text: 't', status: 'unknown', owners: [], links: [] }, { section: 'retro', text: 'r', status: 'done', owners: [], links: [] }],
    });
    expect(countStatuses(statuses)).toEqual([
      { status: 'done', count: 1 },
      { status: 'on-track', count: 1 },
      { status: 'at-risk', count: 1 },
    ]);
    expect(summarizeCounts(countStatuses(statuses))).toBe('1 done, 1 on track, 1 at risk');
  });

  it('gives every status a word and a symbol, never colour alone', () => {
    expect(describeStatus('off-track')).toEqual({ label: 'Off track', symbol: '✕' });
  });

  it('builds page paths with trailing slashes and URL-safe people', () => {
    expect(sprintPath('acme-planning-3', 'team-web')).toBe('/sprints/acme-planning-3/#team-web');
    expect(okrPath('web', '2025-Q3')).toBe('/okrs/web/2025-q3/');
    expect(personPath('Alice-B')).toBe('/people/Alice-B/');
    expect(personSlug('José María')).toBe('jose-maria');
  });

  it('formats dates, quarters and groups in first-seen order', () => {
    expect(formatSprintDates(sprint('x'))).toBe('Jul 1 – Jul 12, 2024');
    expect(formatQuarter('2024-Q3')).toBe('Q3 2024');
    expect(groupBy([1, 2, 3, 4], (n) => (n % 2 ? 'odd' : 'even'))).toEqual([['odd', [1, 3]], ['even', [2, 4]]]);
  });
});

describe('inline rendering', () => {
  it('passes plain item titles through and renders Markdown ones safely', async () => {
    const { renderInline } = await import('../../src/lib/site/inline.ts');
    expect(renderInline('Ship the dashboard', 'a/b')).toBe('Ship the dashboard');
    expect(renderInline('Ship **it** <img src=x onerror=alert(1)> #3', 'a/b')).toBe('Ship <strong>it</strong> <img src="https://github.com/a/b/issues/x" loading="lazy" decoding="async" alt=""> <a href="https://github.com/a/b/issues/3">#3</a>');
  });
});
