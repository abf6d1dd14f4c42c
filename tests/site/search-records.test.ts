import { describe, expect, it } from 'vitest';
import { splitSearchRecords } from '../../src/integrations/search-records.ts';
import { pageUrl } from '../../src/integrations/search.ts';

const sprintPage = (comment: string) =>
  '<html><body><nav>menu</nav><main>' +
  '<article class="layout" data-pagefind-body data-search-split data-year="2024" data-pagefind-filter="year[data-year]">' +
  '<header><h1>Sprint 5</h1></header><nav class="toc" data-pagefind-ignore>toc</nav>' +
  '<section aria-labelledby="description"><h2 id="description">Description</h2><p>goals</p></section>' +
  '<section class="team-update" data-pagefind-filter="team:Web" data-search-record><h2 id="team-web"><a href="/teams/web/">Web</a></h2>' +
  '<p class="meta" data-pagefind-ignore>by <a href="/base/people/alice/">@alice</a></p>' +
  `<div class="md">${comment} <a href="https://github.com/bob-s">@bob-s</a> <a href="https://github.com/alice">@alice</a></div></section>` +
  '<section class="team-update" aria-labelledby="team-data" data-pagefind-filter="team:Data" data-search-record><h2 id="team-data">Data</h2><p>data text</p></section>' +
  '<section aria-labelledby="discussion" data-search-rest><h2 id="discussion">Discussion</h2><p>thanks</p></section>' +
  '</article></main></body></html>';

describe('splitSearchRecords', () => {
  it('makes one record per team update, addressed by its anchor, plus one for the rest of the page', () => {
    const records = splitSearchRecords(sprintPage('<p>web text</p>'), '/sprints/s5/');
    expect(records.map((record) => record.url)).toEqual(['/sprints/s5/#team-web', '/sprints/s5/#team-data', '/sprints/s5/']);
    const [web, data, rest] = records.map((record) => record.content);
    expect(web).toContain('<h1>Web · Sprint 5</h1>');
    expect(web).toContain('web text');
    expect(web).toContain('data-pagefind-filter="team:Web"');
    expect(web).toContain('data-pagefind-filter="year[data-year]"');
    expect(web).toContain('<div data-pagefind-ignore><span data-pagefind-filter="person">alice</span><span data-pagefind-filter="person">bob-s</span></div>');
    expect(web).not.toContain('data text');
    expect(web).not.toContain('id="team-web"');
    expect(data).toContain('data text');
    expect(rest).toContain('<h1>Sprint 5</h1>');
    expect(rest).toContain('goals');
    expect(rest).toContain('thanks');
    expect(rest).not.toContain('web text');
    expect(rest).not.toContain('data text');
  });

  it('cannot be tricked by a comment that writes the markers as text', () => {
    const forged = '<p>&lt;section data-search-record&gt;&lt;h2 id="x"&gt;Evil&lt;/h2&gt; data-search-rest</p>';
    const records = splitSearchRecords(sprintPage(forged), '/sprints/s5/');
    expect(records).toHaveLength(3);
  });

  it('sends only the indexed element of other pages', () => {
    const html = '<html><body><nav>menu</nav><main><div data-pagefind-body data-pagefind-filter="team:Web"><h1>Team Web</h1><p>names</p></div><table><tr><td>big</td></tr></table></main></body></html>';
    const [record] = splitSearchRecords(html, '/teams/web/');
    expect(record!.url).toBe('/teams/web/');
    expect(record!.content).toContain('<div data-pagefind-body data-pagefind-filter="team:Web"><h1>Team Web</h1><p>names</p></div>');
    expect(record!.content).not.toContain('big');
    expect(record!.content).not.toContain('menu');
  });
});

describe('pageUrl', () => {
  it('turns a built file path into the site-relative URL Pagefind reports', () => {
    expect(pageUrl('sprints/acme-planning-1/index.html')).toBe('/sprints/acme-planning-1/');
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('404.html')).toBe('/404.html');
  });
});
