import { describe, expect, it } from 'vitest';
import { searchRecord } from '../../src/integrations/search-records.ts';
import { pageUrl } from '../../src/integrations/search.ts';

const sprintPage = (comment: string) =>
  '<html><body><nav>menu</nav><main>' +
  '<article class="layout" data-pagefind-body data-year="2024" data-pagefind-filter="year[data-year]">' +
  '<header><h1>Sprint 5</h1><p class="meta"><span>Jan 5</span></p></header><nav class="toc" data-pagefind-ignore>toc</nav>' +
  '<section aria-labelledby="description"><h2 id="description">Description</h2><p>goals</p>' +
  '<details class="code-fold"><summary>Code block</summary><pre><code>template line</code></pre></details></section>' +
  '<section class="team-update"><h2 id="team-web"><a href="/teams/web/">Web &amp; Mobile</a></h2>' +
  '<p class="meta">by <a href="/base/people/alice/">@alice</a></p><ul class="chips"><li class="st st-done">2 done</li></ul>' +
  `<div class="md">${comment} <a href="https://github.com/bob-s">@bob-s</a> <a href="https://github.com/alice">@alice</a></div></section>` +
  '<section class="team-update" data-pagefind-filter="team:Analytics"><h2 id="team-data">Data</h2><p>data text</p></section>' +
  '<section aria-labelledby="discussion"><h2 id="discussion">Discussion</h2><p>thanks</p></section>' +
  '</article></main></body></html>';

describe('searchRecord', () => {
  it('indexes only the body element of a sprint page, with person filters and without chips, meta lines or folded template code', () => {
    const record = searchRecord(sprintPage('<p>web text</p>'), '/sprints/s5/')!;
    expect(record.url).toBe('/sprints/s5/');
    const { content } = record;
    expect(content).not.toContain('menu');
    expect(content).toContain('<h1>Sprint 5</h1>');
    for (const text of ['goals', 'web text', 'data text', 'thanks']) expect(content).toContain(text);
    // the team headings stay, ids and all: Pagefind makes them the sub-results that jump to a team
    expect(content).toContain('<h2 id="team-web">');
    expect(content).toContain('<h2 id="team-data">');
    // a team's filter is its heading, or the name the section gives when it was posted under another
    expect(content).toContain('<div data-pagefind-ignore><span data-pagefind-filter="team">Web &amp; Mobile</span><span data-pagefind-filter="person">alice</span><span data-pagefind-filter="person">bob-s</span></div></article>');
    expect(content).toContain('data-pagefind-filter="team:Analytics"');
    expect(content).not.toContain('<span data-pagefind-filter="team">Data</span>');
    expect(content).toContain('data-pagefind-filter="year[data-year]"');
    expect(content).not.toContain('by <a');
    expect(content).not.toContain('2 done');
    expect(content).not.toContain('template line');
    expect(content).toContain('<p class="meta"><span>Jan 5</span></p>');
  });

  it('cannot be made to drop text by a comment that writes the stripped markup as text', () => {
    const forged = '<p>&lt;ul class="chips"&gt;kept one&lt;/ul&gt; &lt;details class="code-fold"&gt;kept two&lt;/details&gt;</p>';
    const { content } = searchRecord(sprintPage(forged), '/sprints/s5/')!;
    expect(content).toContain('kept one');
    expect(content).toContain('kept two');
  });

  it('sends only the indexed element of other pages, and a person page only its own person filter', () => {
    const team = '<html><body><nav>menu</nav><main><div data-pagefind-body data-pagefind-filter="team:Web"><h1>Team Web</h1><p>names</p></div><table><tr><td>big</td></tr></table></main></body></html>';
    const record = searchRecord(team, '/teams/web/')!;
    expect(record.url).toBe('/teams/web/');
    expect(record.content).toContain('<div data-pagefind-body data-pagefind-filter="team:Web"><h1>Team Web</h1><p>names</p></div>');
    expect(record.content).not.toContain('big');
    expect(record.content).not.toContain('menu');
    const person = '<main><div data-pagefind-body data-pagefind-filter="person:ana"><h1>@ana</h1><p>with <a href="https://github.com/bo">@bo</a></p></div></main>';
    expect(searchRecord(person, '/people/ana/')!.content).not.toContain('data-pagefind-filter="person">');
  });

  it('skips a page without a body element', () => {
    expect(searchRecord('<html><body><h1>404</h1></body></html>', '/404.html')).toBeUndefined();
  });
});

describe('pageUrl', () => {
  it('turns a built file path into the site-relative URL Pagefind reports', () => {
    expect(pageUrl('sprints/acme-planning-1/index.html')).toBe('/sprints/acme-planning-1/');
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('404.html')).toBe('/404.html');
  });
});
